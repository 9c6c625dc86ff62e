import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../users/user.entity';
import { AppError } from './app-error';

/** The logged-in user of a route guarded by a permission. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const user = context.switchToHttp().getRequest<Request>().user;
  if (!user) throw new AppError('unauthorized', 'Log in to continue.');
  return user;
});

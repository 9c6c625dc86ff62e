import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@essaim/domain';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { UsersService } from '../users/users.service';
import { ACCESS_KEY, type AccessRule } from './access';
import { AppError } from './app-error';
import { destroySession } from './sessions';

/**
 * Deny by default: a route runs only if it declares who may call it and the caller is one
 * of them. Loads the session's user on the way, and ends sessions that outlived their time
 * or whose user was disabled.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new AppError('forbidden', 'This route declares no access rule.');
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request>();
    const user = await this.sessionUser(request);
    if (!user) throw new AppError('unauthorized', 'Log in to continue.');
    if (!can(user.role, rule.permission)) throw new AppError('forbidden', 'Your role does not allow this.');
    request.user = user;
    return true;
  }

  private async sessionUser(request: Request) {
    const session = request.session;
    const userId = session?.userId;
    if (!userId) return null;
    const expired = !session.loggedInAt || Date.now() - session.loggedInAt > this.config.sessionAbsoluteMs;
    const preloaded = request.sessionUser;
    const user = expired
      ? null
      : preloaded?.userId === userId
        ? preloaded.user
        : await this.users.findActiveById(userId);
    if (!user) {
      await destroySession(request);
      return null;
    }
    return user;
  }
}

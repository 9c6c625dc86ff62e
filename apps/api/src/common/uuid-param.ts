import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** A route's uuid parameter; anything that is not a uuid names no record, so it is a 404. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new AppError('not_found', 'Nothing here: check the address.'),
    }),
  );

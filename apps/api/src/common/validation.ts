import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type ErrorDetail } from './app-error';

/** Flattens nested errors into one entry per field and rule, with dotted paths. */
export function toErrorDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([reason, message]) => ({
      field,
      reason: reason === 'whitelistValidation' ? 'unknown_field' : reason,
      message,
    }));
    return [...own, ...toErrorDetails(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new AppError('validation_failed', 'The request is not valid.', toErrorDetails(errors)),
  });
}

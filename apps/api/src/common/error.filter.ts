import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, type ErrorCode, type ErrorDetail } from './app-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

export interface ErrorBody {
  statusCode: number;
  error: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  requestId: string;
}

/** The one place where anything thrown becomes an HTTP answer, never with a stack trace. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const error = this.toAppError(exception);
    if (error.status >= 500) {
      this.logger.error({ err: loggableError(exception), requestId: request.id }, 'request failed');
    }
    if (error.retryAfter !== undefined) response.setHeader('Retry-After', String(error.retryAfter));
    const body: ErrorBody = {
      statusCode: error.status,
      error: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      requestId: typeof request.id === 'string' ? request.id : '',
    };
    if (response.headersSent) return;
    response.status(error.status).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
      const message = status === 404 ? 'Nothing here: check the address.' : exception.message;
      return new AppError(code, message);
    }
    return new AppError(
      'internal_error',
      'Something went wrong on our side. Try again; if it persists, tell us the request id.',
    );
  }
}

/**
 * Name, message, code and stack only: drivers attach the query's parameters and the row's
 * values (emails, hashes) to their errors, and those must not reach the logs.
 */
function loggableError(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) return { message: String(exception) };
  const code = (exception as { code?: unknown }).code;
  return { type: exception.name, message: exception.message, code, stack: exception.stack };
}

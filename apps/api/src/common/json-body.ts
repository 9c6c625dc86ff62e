import express, { type NextFunction, type Request, type Response } from 'express';
import { AppError } from './app-error';

/** JSON bodies up to 1 MB; a body that does not parse is a 400 `malformed_json`, not a 500. */
export const jsonBody = [
  express.json({ limit: '1mb' }),
  (error: unknown, _request: Request, _response: Response, next: NextFunction) => {
    const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
    if (type === 'entity.parse.failed')
      return next(new AppError('malformed_json', 'The request body is not valid JSON.'));
    if (type === 'entity.too.large')
      return next(new AppError('payload_too_large', 'The request body is too large.'));
    next(error);
  },
];

import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { MulterModuleOptions } from '@nestjs/platform-express';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';

/** The part of multer's file that an upload uses. */
export interface UploadedFileBytes {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * One file, kept in memory (multer's default storage), and a few short fields. multer stops
 * one byte past the maximum, so that the service answers the 413 itself for the file that
 * just exceeds it.
 */
export function uploadOptions(config: AppConfig): MulterModuleOptions {
  return {
    // Browsers send file names in UTF-8 without saying so.
    defParamCharset: 'utf8',
    limits: { fileSize: config.uploadMaxBytes + 1, files: 1, fields: 5, fieldSize: 1024 },
  };
}

export function fileTooLarge(maxBytes: number): AppError {
  return new AppError(
    'payload_too_large',
    `The file is larger than ${readableSize(maxBytes)}: compress it, or split it into several documents.`,
  );
}

function readableSize(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', bytes / (1024 * 1024)] : ['KB', bytes / 1024];
  return `${Number(size.toFixed(1))} ${unit}`;
}

/** multer's own "too large" (a file well past the maximum) answered like the service's. */
@Injectable()
export class UploadTooLargeInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException ? fileTooLarge(this.config.uploadMaxBytes) : error,
          ),
        ),
      );
  }
}

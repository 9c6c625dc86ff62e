import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Double-submit CSRF protection: a readable cookie that a page of another site cannot read,
 * echoed by our own scripts in a header on every state-changing request.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const cookies = request.cookies as Record<string, string | undefined>;
    const cookie = cookies[CSRF_COOKIE];
    const hasValidCookie = typeof cookie === 'string' && TOKEN_PATTERN.test(cookie);
    if (!hasValidCookie) {
      response.cookie(CSRF_COOKIE, randomBytes(32).toString('base64url'), {
        httpOnly: false,
        sameSite: 'lax',
        secure: request.secure,
        path: '/',
      });
    }
    if (SAFE_METHODS.has(request.method)) return next();
    const header = request.get(CSRF_HEADER);
    if (!hasValidCookie || !header || !sameToken(cookie, header)) {
      return next(new AppError('csrf_failed', 'Missing or wrong CSRF token: reload the page and try again.'));
    }
    next();
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

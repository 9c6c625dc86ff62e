import type { Response } from 'supertest';
import type { ErrorCode } from '../src/common/app-error';

/**
 * The one error shape: exactly these keys (details only when fields are at fault), the
 * request id of the X-Request-Id header, and never a stack.
 */
export function expectError(response: Response, status: number, error: ErrorCode): void {
  expect({ status: response.status, error: response.body?.error }).toEqual({ status, error });
  expect(response.body).toEqual({
    statusCode: status,
    error,
    message: expect.any(String),
    ...('details' in response.body ? { details: expect.any(Array) } : {}),
    requestId: response.headers['x-request-id'],
  });
}

/**
 * A 400 whose details name each of these fields: with the given reason when `fields` maps
 * fields to reasons, with any reason when it only lists them.
 */
export function expectInvalidFields(response: Response, fields: Record<string, string> | string[]): void {
  expectError(response, 400, 'validation_failed');
  const details = response.body.details as { field: string; reason: string; message: string }[];
  for (const detail of details) {
    expect(detail).toEqual({
      field: expect.any(String),
      reason: expect.any(String),
      message: expect.any(String),
    });
  }
  const expected = Array.isArray(fields)
    ? fields.map((field) => expect.objectContaining({ field }))
    : Object.entries(fields).map(([field, reason]) => expect.objectContaining({ field, reason }));
  expect(details).toEqual(expect.arrayContaining(expected));
}

export interface CookieLine {
  value: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | undefined;
}

/** The cookie a response sets under this name, with its flags; undefined when it sets none. */
export function setCookie(response: Response, name: string): CookieLine | undefined {
  const lines = (response.headers['set-cookie'] ?? []) as unknown as string[];
  const line = lines.find((candidate) => candidate.startsWith(`${name}=`));
  if (line === undefined) return undefined;
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  const flags = attributes.map((attribute) => attribute.toLowerCase());
  return {
    value: pair.slice(name.length + 1),
    httpOnly: flags.includes('httponly'),
    secure: flags.includes('secure'),
    sameSite: /^samesite=(.*)$/.exec(flags.find((flag) => flag.startsWith('samesite=')) ?? '')?.[1],
  };
}

import type { Readable } from 'node:stream';

/** Where uploaded files live: a folder of the server, or an S3-compatible bucket. */
export interface FileStorage {
  /** Stores the bytes under a key the caller generated (see `assertStorageKey`). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes stored under the key; fails when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes, if any. */
  delete(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

const KEY_PATTERN = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * Keys are generated (uuids), never taken from a user: a key that could name another folder
 * (a separator, `..`) is a bug, refused before it reaches a path or a bucket.
 */
export function assertStorageKey(key: string): void {
  if (key.length > 200 || !KEY_PATTERN.test(key)) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
  }
}

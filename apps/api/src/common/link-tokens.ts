import { createHash, randomBytes } from 'node:crypto';

/**
 * The secret of a single-use link (password reset, invitations, email confirmation): 256 random
 * bits, URL-safe. Only its hash is stored, so a leaked table opens no link.
 */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a link's secret, and looked up when the link comes back. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

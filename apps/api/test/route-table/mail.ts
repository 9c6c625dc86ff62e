import type { RouteRows } from './callers';

/**
 * Rows of the route × role table for the outbox (docs/contracts/notifications.md, Mail): the
 * demo's mail list for the platform admins, undelivered mails for a territory's admins.
 */
export const MAIL_ROUTES: RouteRows = {
  'GET /api/platform/mails': ['platform_admin'],
  'GET /api/platform/mails/:id': ['platform_admin'],
  'GET /api/admin/mail-failures': ['territory_admin'],
};

import { EVERYONE, LOGGED_IN, type RouteRows } from './callers';

/**
 * Rows of the route × role table for notifications (docs/contracts/notifications.md): everyone
 * logged in reads and marks their own (someone else's is a 404) and sets their email choices;
 * confirming an email is public (the link's token is the proof), resending it is for its owner.
 */
export const NOTIFICATIONS_ROUTES: RouteRows = {
  'GET /api/notifications': LOGGED_IN,
  'GET /api/notifications/unread-count': LOGGED_IN,
  'POST /api/notifications/read-all': LOGGED_IN,
  'POST /api/notifications/:id/read': LOGGED_IN,
  'GET /api/me/notification-settings': LOGGED_IN,
  'PUT /api/me/notification-settings': LOGGED_IN,
};

/** Email confirmation (issue 6). */
export const EMAIL_CONFIRMATION_ROUTES: RouteRows = {
  'POST /api/auth/confirm-email': EVERYONE,
  'POST /api/auth/confirm-email/resend': LOGGED_IN,
};

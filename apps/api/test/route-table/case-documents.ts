import { LOGGED_IN, type RouteRows } from './callers';

/**
 * Rows of the route × role table for the routes of documents of a case, and message attachments.
 * Open to every logged-in user: the case decides (its holders, the staff who see it), others get
 * a 404.
 */
export const CASE_DOCUMENTS_ROUTES: RouteRows = {
  'POST /api/cases/:id/documents': LOGGED_IN,
  'GET /api/cases/:id/documents': LOGGED_IN,
  'GET /api/documents/:id/download': LOGGED_IN,
};

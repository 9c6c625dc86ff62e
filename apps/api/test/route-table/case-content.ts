import { CASE_STAFF, LOGGED_IN, type RouteRows } from './callers';

/**
 * Rows of the route × role table for the routes of notes, tasks and messages of a case. Routes
 * open to every logged-in user check the case (holder of its project, or staff who see it):
 * others get a 404.
 */
export const CASE_CONTENT_ROUTES: RouteRows = {
  'GET /api/cases/:id/notes': LOGGED_IN,
  'POST /api/cases/:id/notes': CASE_STAFF,
  'PATCH /api/notes/:id': CASE_STAFF,
  'GET /api/notes/:id/revisions': LOGGED_IN,
  'GET /api/cases/:id/tasks': CASE_STAFF,
  'POST /api/cases/:id/tasks': CASE_STAFF,
  'PATCH /api/tasks/:id': CASE_STAFF,
  'GET /api/cases/:id/messages': LOGGED_IN,
  'POST /api/cases/:id/messages': LOGGED_IN,
  'POST /api/cases/:id/messages/read': LOGGED_IN,
};

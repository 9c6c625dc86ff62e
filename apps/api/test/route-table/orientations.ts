import { CASE_STAFF, LOGGED_IN, type RouteRows } from './callers';

/** Rows of the route × role table for the routes of orientations to partner organisations. */
export const ORIENTATIONS_ROUTES: RouteRows = {
  // Open to every logged-in user; the case decides (holders of its project, staff who see it): others 404.
  'GET /api/cases/:id/orientations': LOGGED_IN,
  'POST /api/cases/:id/orientations': CASE_STAFF,
  'GET /api/orientations': CASE_STAFF,
  // Only the partner's advisors answer; a territory admin gets the 404 of someone else's orientation.
  'POST /api/orientations/:id/accept': CASE_STAFF,
  'POST /api/orientations/:id/decline': CASE_STAFF,
  'POST /api/orientations/:id/complete': CASE_STAFF,
};

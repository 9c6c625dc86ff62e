import { CASE_STAFF, type RouteRows } from './callers';

/**
 * Rows of the route × role table for the routes of the advisor's home queue, the case list, saved
 * filters and bulk assignment. Bulk assignment is the operator's staff's: a partner's advisor gets
 * a 403 from the service, not from the guard.
 */
export const CASE_LISTS_ROUTES: RouteRows = {
  'GET /api/staff/cases': CASE_STAFF,
  'GET /api/staff/queue': CASE_STAFF,
  'GET /api/staff/advisors': CASE_STAFF,
  'POST /api/staff/cases/assign': CASE_STAFF,
  'GET /api/staff/saved-filters': CASE_STAFF,
  'POST /api/staff/saved-filters': CASE_STAFF,
  'DELETE /api/staff/saved-filters/:id': CASE_STAFF,
};

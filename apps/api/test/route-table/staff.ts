import type { RouteRows } from './callers';

/** Rows of the route × role table for the routes of staff accounts and invitations, users of a territory, the platform's territories. */
export const STAFF_ROUTES: RouteRows = {};

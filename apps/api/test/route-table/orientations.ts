import type { RouteRows } from './callers';

/** Rows of the route × role table for the routes of orientations to partner organisations. */
export const ORIENTATIONS_ROUTES: RouteRows = {};

import type { RouteRows } from './callers';

/** Rows of the route × role table for the routes of the advisor's home queue, the case list, saved filters and bulk assignment. */
export const CASE_LISTS_ROUTES: RouteRows = {};

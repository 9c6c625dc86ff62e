import type { RouteRows } from './callers';

/** Rows of the route × role table for the routes of notes, tasks and messages of a case. */
export const CASE_CONTENT_ROUTES: RouteRows = {};

import type { RouteRows } from './callers';

/** Rows of the route × role table for the routes of documents of a case, and message attachments. */
export const CASE_DOCUMENTS_ROUTES: RouteRows = {};

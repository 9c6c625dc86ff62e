import { CASE_STAFF, LOGGED_IN, type RouteRows } from './callers';

/**
 * Rows of the route × role table for the routes of referrals to funders and of the offers'
 * scoring grids. Routes open to every logged-in user check the record: a funder sees only their
 * organisation's referrals, anyone else those of a case they see; others get a 404.
 */
export const REFERRALS_ROUTES: RouteRows = {
  'GET /api/cases/:id/referral-options': CASE_STAFF,
  'POST /api/cases/:id/referrals': CASE_STAFF,
  'GET /api/cases/:id/referrals': LOGGED_IN,
  'GET /api/referrals': ['funder'],
  'GET /api/referrals/counts': ['funder'],
  'GET /api/referrals/:id': LOGGED_IN,
  'GET /api/referrals/:id/documents/:versionId': LOGGED_IN,
  'POST /api/referrals/:id/open': ['funder'],
  'POST /api/referrals/:id/questions': ['funder'],
  // The case's advisors and holders answer; a funder gets the 403 of a step that is not theirs.
  'POST /api/referrals/:id/answers': LOGGED_IN,
  'POST /api/referrals/:id/decision': ['funder'],
  'POST /api/referrals/:id/withdraw': CASE_STAFF,
  'PUT /api/referrals/:id/reviews/mine': ['funder'],
  'POST /api/referrals/:id/disbursements': ['funder'],
  'GET /api/admin/offers/:id/criteria': ['territory_admin'],
  'PUT /api/admin/offers/:id/criteria': ['territory_admin'],
};

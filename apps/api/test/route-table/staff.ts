import { EVERYONE, type RouteRows } from './callers';

/** Rows of the route × role table for the routes of staff accounts and invitations, users of a territory, the platform's territories. */
export const STAFF_ROUTES: RouteRows = {
  // The invitee holds the link and nothing else: public, the token is the credential.
  'POST /api/staff-invitations/preview': EVERYONE,
  'POST /api/staff-invitations/accept': EVERYONE,
  'GET /api/admin/users': ['territory_admin'],
  'POST /api/admin/users': ['territory_admin'],
  'PATCH /api/admin/users/:id': ['territory_admin'],
  'POST /api/admin/users/:id/invitation': ['territory_admin'],
  'POST /api/admin/users/:id/disable': ['territory_admin'],
  'POST /api/admin/users/:id/enable': ['territory_admin'],
  'GET /api/admin/territory': ['territory_admin'],
  'PATCH /api/admin/territory': ['territory_admin'],
  'GET /api/platform/territories': ['platform_admin'],
  'POST /api/platform/territories': ['platform_admin'],
  'PATCH /api/platform/territories/:id': ['platform_admin'],
  'POST /api/platform/territories/:id/admins': ['platform_admin'],
  'POST /api/platform/territories/:id/admins/:userId/invitation': ['platform_admin'],
};

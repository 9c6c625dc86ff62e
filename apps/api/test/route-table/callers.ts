import { ROLES, type Role } from '@essaim/domain';

/** Who calls a route in the route × role table: nobody logged in, or a user of a role. */
export type Caller = 'anonymous' | Role;
export type RouteRows = Record<string, readonly Caller[]>;

export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
export const EVERYONE = CALLERS;
export const LOGGED_IN = ROLES;
/** The roles with `case:work`: advisors and territory admins. */
export const CASE_STAFF: readonly Caller[] = ['advisor', 'territory_admin'];

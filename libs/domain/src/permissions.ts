import type { Role } from './roles';

/**
 * What a role may do, in one place: the API's guard checks routes against it and the web app
 * uses it to show only what works. Record-level rules (whose case, which territory) are
 * checked by the services on top of this.
 */
export const PERMISSIONS = [
  'account:read',
  'project:manage-own',
  'case:read-own',
  'case:work',
  'referral:review',
  'territory:manage',
  'platform:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  holder: ['account:read', 'project:manage-own', 'case:read-own'],
  advisor: ['account:read', 'case:work'],
  funder: ['account:read', 'referral:review'],
  territory_admin: ['account:read', 'case:work', 'territory:manage'],
  platform_admin: ['account:read', 'platform:manage'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** The roles holding a permission: routes declare permissions, tests enumerate roles. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((role) => can(role, permission));
}

import { can, type Permission } from './permissions';
import type { Role } from './roles';

/** The sections of the app's side navigation; labels live in the web app's messages. */
export const NAV_ITEMS = [
  { key: 'home', path: '/app', permission: 'account:read' },
  { key: 'projects', path: '/app/projects', permission: 'project:manage-own' },
  { key: 'cases', path: '/app/cases', permission: 'case:work' },
  { key: 'orientations', path: '/app/orientations', permission: 'case:work' },
  { key: 'referrals', path: '/app/referrals', permission: 'referral:review' },
  { key: 'users', path: '/app/users', permission: 'territory:manage' },
  { key: 'territory', path: '/app/territory', permission: 'territory:manage' },
  { key: 'organisations', path: '/app/organisations', permission: 'territory:manage' },
  { key: 'questionnaire', path: '/app/questionnaire', permission: 'territory:manage' },
  { key: 'territories', path: '/app/territories', permission: 'platform:manage' },
  /** The public directory, also reachable from the shell. */
  { key: 'directory', path: '/directory', permission: 'account:read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type NavItem = (typeof NAV_ITEMS)[number];

export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

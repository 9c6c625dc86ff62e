/** Who a user is on the platform. Order matters only for display. */
export const ROLES = ['holder', 'advisor', 'funder', 'territory_admin', 'platform_admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export const ORGANISATION_KINDS = ['support', 'funder', 'both'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

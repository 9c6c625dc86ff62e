import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@essaim/domain';

export const ACCESS_KEY = 'essaim:access';

/** Who may call a route. A route without one is refused to everybody, and fails the boot check. */
export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** Anyone, logged in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Users whose role holds the permission (see libs/domain permissions). */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule);

/** Any logged-in user. */
export const Authenticated = () => RequirePermission('account:read');

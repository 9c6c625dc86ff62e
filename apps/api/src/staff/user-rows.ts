import type { Role, UserStatus } from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import type { UserAdminDto } from './dto/staff.dto';

// Accounts as admins see them: plain SQL, so that a page of them, with their organisation and
// their pending link, is one query.

export const USER_COLUMNS = `u.id, u.email, u.first_name, u.last_name, u.role, u.status, u.last_login_at,
  u.created_at, u.territory_id, o.id AS organisation_id, o.name AS organisation_name,
  (SELECT max(i.expires_at) FROM staff_invitation i
    WHERE i.user_id = u.id AND i.used_at IS NULL) AS invitation_expires_at`;

export const USER_FROM = `app_user u LEFT JOIN organisation o ON o.id = u.organisation_id`;

/** Accent- and case-insensitive, by last name then first name. */
export const USER_ORDER = `lower(essaim_unaccent(u.last_name)), lower(essaim_unaccent(u.first_name)), u.email, u.id`;

export interface UserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: Role;
  status: UserStatus;
  last_login_at: Date | null;
  created_at: Date;
  territory_id: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  invitation_expires_at: Date | null;
}

export function toUserAdmin(row: UserRow): UserAdminDto {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    status: row.status,
    organisation:
      row.organisation_id && row.organisation_name !== null
        ? { id: row.organisation_id, name: row.organisation_name }
        : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    invitation:
      row.status === 'invited' && row.invitation_expires_at
        ? { expiresAt: row.invitation_expires_at.toISOString() }
        : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** One account of the territory; any other id (another territory's, a platform admin's) is a 404. */
export async function readTerritoryUser(
  manager: EntityManager,
  territoryId: string,
  id: string,
): Promise<UserAdminDto> {
  const [row] = await manager.query<UserRow[]>(
    `SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.id = $1 AND u.territory_id = $2`,
    [id, territoryId],
  );
  if (!row) throw notFound('User');
  return toUserAdmin(row);
}

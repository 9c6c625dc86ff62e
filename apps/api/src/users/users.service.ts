import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';
import { User } from './user.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /**
   * The user of a session, with their territory and organisation; null when gone or disabled.
   * One plain statement: TypeORM's `findOne` with relations made two, and mapping them cost more
   * than the query (the session store usually reads the user with the session instead).
   */
  async findActiveById(id: string): Promise<User | null> {
    const rows: SessionUserRow[] = await this.users.manager.query(
      `SELECT ${SESSION_USER_COLUMNS} FROM app_user u ${SESSION_USER_JOINS} WHERE u.id = $1 AND u.status = 'active'`,
      [id],
    );
    return rows.length === 0 ? null : sessionUserFromRow(rows[0]);
  }

  /** With the password hash, for login only. */
  findByEmailWithPassword(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = :email', { email: normaliseEmail(email) })
      .getOne();
  }
}

/**
 * What a session's user is read with (alias `u`, with `t` its territory and `o` its organisation):
 * shared by `findActiveById` and the session store, which reads it with the session itself.
 */
export const SESSION_USER_COLUMNS = `u.id, u.email, u.first_name, u.last_name, u.role, u.territory_id,
  u.organisation_id, u.status, u.locale, u.terms_accepted_at, u.last_login_at, u.email_confirmed_at, u.created_at, u.updated_at,
  t.code AS t_code, t.name AS t_name, t.operator_organisation_id AS t_operator, t.settings AS t_settings,
  t.departements AS t_departements, t.created_at AS t_created_at, t.updated_at AS t_updated_at,
  o.name AS o_name, o.kind AS o_kind`;
export const SESSION_USER_JOINS = `LEFT JOIN territory t ON t.id = u.territory_id
  LEFT JOIN organisation o ON o.id = u.organisation_id`;

export interface SessionUserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: User['role'];
  territory_id: string | null;
  organisation_id: string | null;
  status: User['status'];
  locale: User['locale'];
  terms_accepted_at: Date | null;
  last_login_at: Date | null;
  email_confirmed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  t_code: string | null;
  t_name: string | null;
  t_operator: string | null;
  t_settings: Territory['settings'] | null;
  t_departements: string[] | null;
  t_created_at: Date | null;
  t_updated_at: Date | null;
  o_name: string | null;
  o_kind: Organisation['kind'] | null;
}

/** The row as the entity the rest of the API expects (the organisation with its id, name and kind only). */
export function sessionUserFromRow(row: SessionUserRow): User {
  const territory =
    row.territory_id === null
      ? null
      : Object.assign(new Territory(), {
          id: row.territory_id,
          code: row.t_code!,
          name: row.t_name!,
          operatorOrganisationId: row.t_operator,
          settings: row.t_settings ?? {},
          departements: row.t_departements ?? [],
          createdAt: row.t_created_at!,
          updatedAt: row.t_updated_at!,
        });
  const organisation =
    row.organisation_id === null
      ? null
      : Object.assign(new Organisation(), {
          id: row.organisation_id,
          territoryId: row.territory_id!,
          name: row.o_name!,
          kind: row.o_kind!,
        });
  return Object.assign(new User(), {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    territoryId: row.territory_id,
    territory,
    organisationId: row.organisation_id,
    organisation,
    status: row.status,
    locale: row.locale,
    termsAcceptedAt: row.terms_accepted_at,
    lastLoginAt: row.last_login_at,
    emailConfirmedAt: row.email_confirmed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

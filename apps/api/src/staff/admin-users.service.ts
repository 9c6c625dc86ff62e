import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { endSessionsOf } from '../common/sessions';
import { SqlConditions, textQuery } from '../directory/sql-conditions';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';
import { User } from '../users/user.entity';
import type { InviteUserDto, UserAdminDto, UserAdminPageDto, UserAdminQueryDto } from './dto/staff.dto';
import { StaffInvitationsService } from './staff-invitations.service';
import {
  readTerritoryUser,
  toUserAdmin,
  USER_COLUMNS,
  USER_FROM,
  USER_ORDER,
  type UserRow,
} from './user-rows';

/** The organisation kinds each role may belong to; territory admins belong to the operator. */
const KINDS_FOR_ROLE: Partial<Record<Role, readonly string[]>> = {
  advisor: ['support', 'both'],
  funder: ['funder', 'both'],
};

/** A territory admin's accounts of their own territory: invitations, organisation, access. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: StaffInvitationsService,
  ) {}

  async list(admin: User, query: UserAdminQueryDto): Promise<UserAdminPageDto> {
    const sql = new SqlConditions();
    sql.add(`u.territory_id = ${sql.param(adminTerritoryId(admin))}`);
    if (query.role) sql.add(`u.role = ${sql.param(query.role)}`);
    if (query.status) sql.add(`u.status = ${sql.param(query.status)}`);
    const text = textQuery(query.q);
    if (text) {
      sql.add(
        `essaim_unaccent(lower(u.first_name || ' ' || u.last_name || ' ' || u.email)) ILIKE essaim_unaccent(${sql.param(text.pattern)})`,
      );
    }
    const [{ count }] = await this.dataSource.query<[{ count: string }]>(
      `SELECT count(*) FROM ${USER_FROM} ${sql.where}`,
      sql.params,
    );
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${USER_FROM} ${sql.where} ORDER BY ${USER_ORDER}
        LIMIT ${sql.param(query.pageSize)} OFFSET ${sql.param((query.page - 1) * query.pageSize)}`,
      sql.params,
    );
    return { items: rows.map(toUserAdmin), total: Number(count), page: query.page, pageSize: query.pageSize };
  }

  async invite(admin: User, input: InviteUserDto): Promise<UserAdminDto> {
    const territoryId = adminTerritoryId(admin);
    const territory = await this.dataSource.manager.findOneByOrFail(Territory, { id: territoryId });
    const organisationId = await organisationForRole(
      this.dataSource.manager,
      territory,
      input.role,
      input.organisationId,
    );
    const id = await this.invitations.invite(admin, {
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      territoryId,
      organisationId,
      locale: input.locale,
    });
    return readTerritoryUser(this.dataSource.manager, territoryId, id);
  }

  resendInvitation(admin: User, id: string): Promise<UserAdminDto> {
    return this.inTerritory(admin, id, async (manager) => {
      await this.invitations.sendLink(manager, id, admin);
    });
  }

  /** Refused at once: the access guard reloads the user on every request, and their sessions go too. */
  disable(admin: User, id: string): Promise<UserAdminDto> {
    if (id === admin.id) {
      throw new AppError('bad_request', 'You cannot disable your own account: ask another administrator.');
    }
    return this.inTerritory(admin, id, async (manager) => {
      await this.invitations.revokeLinks(manager, id);
      await manager.update(User, id, { status: 'disabled' });
      await endSessionsOf(manager, id);
    });
  }

  /** Back to active, or to invited when they never chose a password (a new link then lets them in). */
  enable(admin: User, id: string): Promise<UserAdminDto> {
    return this.inTerritory(admin, id, async (manager) => {
      await manager.query(
        `UPDATE app_user SET status = CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END,
                updated_at = now()
          WHERE id = $1 AND status = 'disabled'`,
        [id],
      );
    });
  }

  changeOrganisation(admin: User, id: string, organisationId: string): Promise<UserAdminDto> {
    return this.inTerritory(admin, id, async (manager, user) => {
      if (!KINDS_FOR_ROLE[user.role]) {
        throw AppError.invalidField(
          'organisationId',
          'fixed_for_role',
          'organisationId can be changed for advisors and funders only',
        );
      }
      const territory = await manager.findOneByOrFail(Territory, { id: user.territoryId! });
      await manager.update(User, id, {
        organisationId: await organisationForRole(manager, territory, user.role, organisationId),
      });
    });
  }

  /**
   * Runs a change on one account of the admin's territory, then reads it back; else a 404. The
   * account's row is not locked here: the invitation's rows are always locked before it.
   */
  private inTerritory(
    admin: User,
    id: string,
    change: (manager: EntityManager, user: User) => Promise<void>,
  ): Promise<UserAdminDto> {
    const territoryId = adminTerritoryId(admin);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id, territoryId });
      if (!user) throw notFound('User');
      await change(manager, user);
      return readTerritoryUser(manager, territoryId, id);
    });
  }
}

/** The organisation an account of this role belongs to, checked against the territory; 400 naming `organisationId`. */
export async function organisationForRole(
  manager: EntityManager,
  territory: Territory,
  role: Role,
  organisationId: string | undefined,
): Promise<string | null> {
  const kinds = KINDS_FOR_ROLE[role];
  if (!kinds) {
    if (organisationId !== undefined && organisationId !== territory.operatorOrganisationId) {
      throw AppError.invalidField(
        'organisationId',
        'not_operator',
        'a territory admin belongs to the territory’s operator: leave organisationId out',
      );
    }
    return territory.operatorOrganisationId;
  }
  if (organisationId === undefined) {
    throw AppError.invalidField(
      'organisationId',
      'required',
      `organisationId is required for the role ${role}`,
    );
  }
  const organisation = await manager.findOneBy(Organisation, {
    id: organisationId,
    territoryId: territory.id,
  });
  if (!organisation) {
    throw AppError.invalidField(
      'organisationId',
      'unknown_organisation',
      'organisationId names no organisation of the territory',
    );
  }
  if (!kinds.includes(organisation.kind)) {
    throw AppError.invalidField(
      'organisationId',
      'wrong_kind',
      `an account of the role ${role} needs an organisation of kind ${kinds.join(' or ')}`,
    );
  }
  return organisation.id;
}

/** Territory admins always have a territory; an account without one has no users to manage. */
export function adminTerritoryId(user: User): string {
  if (!user.territoryId) throw new AppError('forbidden', 'This account manages no territory.');
  return user.territoryId;
}

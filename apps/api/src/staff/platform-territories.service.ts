import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_INACTIVITY_DAYS, DEFAULT_SLA_DAYS } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { departementCodes, seedCommunes } from '../database/seed/communes';
import { publishDefaultQuestionnaire } from '../database/seed/default-questionnaire';
import { Organisation } from '../territories/organisation.entity';
import { Territory, type TerritorySettings } from '../territories/territory.entity';
import { User } from '../users/user.entity';
import type { InviteeDto, UserAdminDto } from './dto/staff.dto';
import type {
  CreateTerritoryDto,
  PlatformTerritoryDto,
  UpdateTerritoryDto,
} from './dto/territory-settings.dto';
import { StaffInvitationsService } from './staff-invitations.service';
import { settingsOf, updateSettings } from './territory-settings.service';
import {
  readTerritoryUser,
  toUserAdmin,
  USER_COLUMNS,
  USER_FROM,
  USER_ORDER,
  type UserRow,
} from './user-rows';

interface TerritoryRow {
  id: string;
  code: string;
  name: string;
  departements: string[];
  settings: TerritorySettings;
  created_at: Date;
  operator_id: string | null;
  operator_name: string | null;
  user_count: number;
  case_count: number;
  commune_count: number;
}

const TERRITORY_SELECT = `SELECT t.id, t.code, t.name, t.departements, t.settings, t.created_at,
       o.id AS operator_id, o.name AS operator_name,
       (SELECT count(*)::int FROM app_user u WHERE u.territory_id = t.id) AS user_count,
       (SELECT count(*)::int FROM case_file c WHERE c.territory_id = t.id) AS case_count,
       (SELECT count(*)::int FROM commune m WHERE m.territory_id = t.id) AS commune_count
  FROM territory t LEFT JOIN organisation o ON o.id = t.operator_organisation_id`;

/** The platform admin's territories: each with its operator, communes, questionnaire and admins. */
@Injectable()
export class PlatformTerritoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: StaffInvitationsService,
  ) {}

  list(): Promise<PlatformTerritoryDto[]> {
    return this.read(this.dataSource.manager);
  }

  /**
   * The territory, its operator organisation, the communes of its départements and the default
   * questionnaire published as version 1 (holders can answer it at once; its admins edit it
   * later), all in one transaction.
   */
  async create(input: CreateTerritoryDto): Promise<PlatformTerritoryDto> {
    const known = departementCodes();
    const unknown = input.departements.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw AppError.invalidField(
        'departements',
        'unknown_departement',
        `departements names no current département: ${unknown.join(', ')}`,
      );
    }
    const code = input.code.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      // One creation at a time: a code or a département is checked and taken without a race.
      await manager.query('LOCK TABLE territory IN SHARE ROW EXCLUSIVE MODE');
      if (await manager.existsBy(Territory, { code })) {
        throw new AppError(
          'conflict',
          `The code ${input.code} is taken by another territory: choose another.`,
        );
      }
      const [covered] = await manager.query<{ name: string; departements: string[] }[]>(
        `SELECT name, departements FROM territory WHERE departements && $1::varchar[] LIMIT 1`,
        [input.departements],
      );
      if (covered) {
        throw AppError.invalidField(
          'departements',
          'already_covered',
          `departements already covered by ${covered.name}: ${covered.departements.filter((d) => input.departements.includes(d)).join(', ')}`,
        );
      }
      const territory = await manager.save(
        manager.create(Territory, {
          code,
          name: input.name,
          settings: { slaDays: DEFAULT_SLA_DAYS, inactivityDays: DEFAULT_INACTIVITY_DAYS },
        }),
      );
      const operator = await manager.save(
        manager.create(Organisation, {
          territoryId: territory.id,
          name: input.operatorName,
          kind: 'support',
        }),
      );
      await manager.update(Territory, territory.id, { operatorOrganisationId: operator.id });
      await seedCommunes(manager, territory, { departements: input.departements });
      await publishDefaultQuestionnaire(manager, territory.id);
      return this.readOne(manager, territory.id);
    });
  }

  update(id: string, input: UpdateTerritoryDto): Promise<PlatformTerritoryDto> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Territory, { id }))) throw notFound('Territory');
      const { name, ...settings } = input;
      if (name !== undefined) await manager.update(Territory, id, { name });
      await updateSettings(manager, id, settings);
      return this.readOne(manager, id);
    });
  }

  /** An invited territory admin, of the territory's operator. */
  async inviteAdmin(platformAdmin: User, territoryId: string, input: InviteeDto): Promise<UserAdminDto> {
    const territory = await this.dataSource.manager.findOneBy(Territory, { id: territoryId });
    if (!territory) throw notFound('Territory');
    const id = await this.invitations.invite(platformAdmin, {
      ...input,
      role: 'territory_admin',
      territoryId,
      organisationId: territory.operatorOrganisationId,
    });
    return readTerritoryUser(this.dataSource.manager, territoryId, id);
  }

  /** A new link for a territory admin who has not chosen a password yet. */
  resendAdminInvitation(platformAdmin: User, territoryId: string, userId: string): Promise<UserAdminDto> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(User, { id: userId, territoryId, role: 'territory_admin' }))) {
        throw notFound('Territory admin');
      }
      await this.invitations.sendLink(manager, userId, platformAdmin);
      return readTerritoryUser(manager, territoryId, userId);
    });
  }

  private async readOne(manager: EntityManager, id: string): Promise<PlatformTerritoryDto> {
    const [territory] = await this.read(manager, id);
    if (!territory) throw notFound('Territory');
    return territory;
  }

  /** Every territory by name, or the one of this id. */
  private async read(manager: EntityManager, id?: string): Promise<PlatformTerritoryDto[]> {
    const rows = await manager.query<TerritoryRow[]>(
      `${TERRITORY_SELECT} ${id ? 'WHERE t.id = $1' : ''} ORDER BY lower(essaim_unaccent(t.name)), t.code`,
      id ? [id] : [],
    );
    const admins = await manager.query<UserRow[]>(
      `SELECT ${USER_COLUMNS} FROM ${USER_FROM}
        WHERE u.role = 'territory_admin' AND u.territory_id = ANY($1::uuid[]) ORDER BY ${USER_ORDER}`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      ...settingsOf(row),
      departements: row.departements,
      operator:
        row.operator_id && row.operator_name ? { id: row.operator_id, name: row.operator_name } : null,
      userCount: row.user_count,
      caseCount: row.case_count,
      communeCount: row.commune_count,
      admins: admins.filter((admin) => admin.territory_id === row.id).map(toUserAdmin),
      createdAt: row.created_at.toISOString(),
    }));
  }
}

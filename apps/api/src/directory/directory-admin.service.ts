import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { AppError, type ErrorDetail, notFound } from '../common/app-error';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';
import type { User } from '../users/user.entity';
import {
  OFFER_COLUMNS,
  OFFER_FROM,
  type OfferRow,
  offersByOrganisation,
  ORGANISATION_FROM,
  organisationColumns,
  type OrganisationRow,
  toOfferAdmin,
  toOrganisationAdmin,
} from './directory-rows';
import type {
  CreateOfferDto,
  CreateOrganisationDto,
  UpdateOfferDto,
  UpdateOrganisationDto,
} from './dto/directory-admin.dto';
import type { TextQueryDto } from './dto/directory-query.dto';
import type { OfferAdminDto, OrganisationAdminDto, OrganisationAdminPageDto } from './dto/directory.dto';
import { Offer } from './offer.entity';
import { refreshOfferSearchText } from './search-text';
import { SqlConditions, textQuery } from './sql-conditions';

const STALE = 'This record changed since you opened it: reload it, then make your change again.';

/** A territory admin's management of their own territory's organisations and offers. */
@Injectable()
export class DirectoryAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listOrganisations(user: User, query: TextQueryDto): Promise<OrganisationAdminPageDto> {
    const sql = new SqlConditions();
    sql.add(`org.territory_id = ${sql.param(territoryOf(user))}`);
    const text = textQuery(query.q);
    if (text) sql.add(`essaim_unaccent(lower(org.name)) ILIKE essaim_unaccent(${sql.param(text.pattern)})`);
    const [{ count }] = await this.dataSource.query<[{ count: string }]>(
      `SELECT count(*) FROM ${ORGANISATION_FROM} ${sql.where}`,
      sql.params,
    );
    const rows = await this.dataSource.query<OrganisationRow[]>(
      `SELECT ${organisationColumns(true)} FROM ${ORGANISATION_FROM} ${sql.where}
        ORDER BY lower(essaim_unaccent(org.name)), org.id
        LIMIT ${sql.param(query.pageSize)} OFFSET ${sql.param((query.page - 1) * query.pageSize)}`,
      sql.params,
    );
    const offers = await offersByOrganisation(
      this.dataSource.manager,
      rows.map((row) => row.id),
      false,
    );
    return {
      items: rows.map((row) => toOrganisationAdmin(row, offers.get(row.id) ?? [])),
      total: Number(count),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  organisation(user: User, id: string): Promise<OrganisationAdminDto> {
    return this.readOrganisation(this.dataSource.manager, territoryOf(user), id);
  }

  async createOrganisation(user: User, input: CreateOrganisationDto): Promise<OrganisationAdminDto> {
    const territoryId = territoryOf(user);
    return this.dataSource.transaction(async (manager) => {
      assertNoProblems(await placeProblems(manager, territoryId, input));
      const { identifiers } = await manager.insert(Organisation, {
        territoryId,
        name: input.name,
        kind: input.kind,
        description: input.description ?? '',
        website: input.website ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        address: input.address ?? null,
        communes: input.communes ?? [],
        departements: input.departements ?? [],
        published: input.published ?? true,
      });
      return this.readOrganisation(manager, territoryId, String(identifiers[0]?.['id']));
    });
  }

  async updateOrganisation(
    user: User,
    id: string,
    input: UpdateOrganisationDto,
  ): Promise<OrganisationAdminDto> {
    const territoryId = territoryOf(user);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Organisation, { id, territoryId });
      if (!current) throw notFound('Organisation');
      if (current.version !== input.version) throw new AppError('conflict', STALE);
      assertNoProblems(await placeProblems(manager, territoryId, input));
      const { version, ...fields } = input;
      await updateAtVersion(manager, Organisation, id, version, definedOnly(fields));
      // The organisation's name is part of its offers' search text.
      if (fields.name !== undefined && fields.name !== current.name) {
        await refreshOfferSearchText(manager, { organisationId: id });
      }
      return this.readOrganisation(manager, territoryId, id);
    });
  }

  async createOffer(user: User, organisationId: string, input: CreateOfferDto): Promise<OfferAdminDto> {
    const territoryId = territoryOf(user);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: organisationId, territoryId });
      if (!organisation) throw notFound('Organisation');
      const offer = {
        territoryId,
        organisationId,
        name: input.name,
        summary: input.summary ?? '',
        kind: input.kind,
        stages: input.stages ?? [],
        legalForms: input.legalForms ?? [],
        sectors: input.sectors ?? [],
        needCategories: input.needCategories,
        instrument: input.instrument ?? null,
        amountMinCents: input.amountMinCents ?? null,
        amountMaxCents: input.amountMaxCents ?? null,
        published: input.published ?? true,
      };
      assertNoProblems(offerProblems(offer));
      const { identifiers } = await manager.insert(Offer, offer);
      const id = String(identifiers[0]?.['id']);
      await refreshOfferSearchText(manager, { offerIds: [id] });
      return this.readOffer(manager, territoryId, id);
    });
  }

  async updateOffer(user: User, id: string, input: UpdateOfferDto): Promise<OfferAdminDto> {
    const territoryId = territoryOf(user);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Offer, { id, territoryId });
      if (!current) throw notFound('Offer');
      if (current.version !== input.version) throw new AppError('conflict', STALE);
      const { version, ...fields } = input;
      const changes = definedOnly(fields);
      assertNoProblems(offerProblems({ ...current, ...changes }));
      await updateAtVersion(manager, Offer, id, version, changes);
      await refreshOfferSearchText(manager, { offerIds: [id] });
      return this.readOffer(manager, territoryId, id);
    });
  }

  private async readOrganisation(
    manager: EntityManager,
    territoryId: string,
    id: string,
  ): Promise<OrganisationAdminDto> {
    const [row] = await manager.query<OrganisationRow[]>(
      `SELECT ${organisationColumns(true)} FROM ${ORGANISATION_FROM} WHERE org.id = $1 AND org.territory_id = $2`,
      [id, territoryId],
    );
    if (!row) throw notFound('Organisation');
    const offers = await offersByOrganisation(manager, [id], false);
    return toOrganisationAdmin(row, offers.get(id) ?? []);
  }

  private async readOffer(manager: EntityManager, territoryId: string, id: string): Promise<OfferAdminDto> {
    const [row] = await manager.query<OfferRow[]>(
      `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM} WHERE o.id = $1 AND o.territory_id = $2`,
      [id, territoryId],
    );
    if (!row) throw notFound('Offer');
    return toOfferAdmin(row);
  }
}

/** Territory admins always have a territory; a user without one has nothing to manage here. */
function territoryOf(user: User): string {
  if (!user.territoryId) throw new AppError('forbidden', 'This account manages no territory.');
  return user.territoryId;
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Writes only when the row is still at the version the edit started from; else a 409. */
async function updateAtVersion<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => E,
  id: string,
  version: number,
  changes: object,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw new AppError('conflict', STALE);
}

function assertNoProblems(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', 'The request is not valid.', problems);
}

/** Communes and départements served must be the territory's own. */
async function placeProblems(
  manager: EntityManager,
  territoryId: string,
  input: { communes?: string[]; departements?: string[] },
): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  if (input.departements?.length) {
    const territory = await manager.findOneByOrFail(Territory, { id: territoryId });
    const unknown = input.departements.filter((code) => !territory.departements.includes(code));
    if (unknown.length > 0) {
      problems.push({
        field: 'departements',
        reason: 'unknown_departement',
        message: `departements must be départements of the territory, not ${unknown.join(', ')}`,
      });
    }
  }
  if (input.communes?.length) {
    const known = await manager.query<{ code: string }[]>(
      'SELECT code FROM commune WHERE territory_id = $1 AND code = ANY($2::varchar[])',
      [territoryId, input.communes],
    );
    const knownCodes = new Set(known.map((row) => row.code));
    const unknown = input.communes.filter((code) => !knownCodes.has(code));
    if (unknown.length > 0) {
      problems.push({
        field: 'communes',
        reason: 'unknown_commune',
        message: `communes must be communes of the territory, not ${unknown.slice(0, 10).join(', ')}`,
      });
    }
  }
  return problems;
}

/** The rules that tie an offer's fields together, checked on the offer as it would be saved. */
function offerProblems(offer: {
  kind: Offer['kind'];
  instrument: Offer['instrument'];
  amountMinCents: number | null;
  amountMaxCents: number | null;
}): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (offer.kind === 'funding' && offer.instrument === null) {
    problems.push({
      field: 'instrument',
      reason: 'required',
      message: 'instrument is required for a funding offer',
    });
  }
  if (offer.kind === 'accompaniment' && offer.instrument !== null) {
    problems.push({
      field: 'instrument',
      reason: 'not_allowed',
      message: 'an accompaniment offer has no instrument: send null',
    });
  }
  if (
    offer.amountMinCents !== null &&
    offer.amountMaxCents !== null &&
    offer.amountMinCents > offer.amountMaxCents
  ) {
    problems.push({
      field: 'amountMaxCents',
      reason: 'below_minimum',
      message: 'amountMaxCents must be at least amountMinCents',
    });
  }
  return problems;
}

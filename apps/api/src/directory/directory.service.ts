import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import {
  OFFER_COLUMNS,
  OFFER_FROM,
  OFFER_ORDER,
  type OfferRow,
  offersByOrganisation,
  ORGANISATION_FROM,
  organisationColumns,
  type OrganisationRow,
  toOfferSummary,
  toOrganisation,
  toOrganisationSummary,
} from './directory-rows';
import type {
  OfferSearchQueryDto,
  OrganisationSearchQueryDto,
  PlaceQueryDto,
} from './dto/directory-query.dto';
import type { OfferPageDto, OrganisationDto, OrganisationPageDto } from './dto/directory.dto';
import { SqlConditions, type TextQuery, textQuery } from './sql-conditions';

/** An organisation that names no commune and no département serves its whole territory. */
const WHOLE_TERRITORY = '(cardinality(org.communes) = 0 AND cardinality(org.departements) = 0)';

/** The public directory: published offers of published organisations, for anyone. */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async searchOffers(query: OfferSearchQueryDto): Promise<OfferPageDto> {
    const sql = new SqlConditions();
    sql.add('o.published AND org.published');
    await this.placeConditions(sql, query, 'o.territory_id');
    if (query.commune !== undefined) {
      const commune = await this.commune(query.commune);
      const code = sql.param([commune.code]);
      const departement = sql.param([commune.departement_code]);
      sql.add(`o.territory_id = ${sql.param(commune.territory_id)}`);
      sql.add(
        `(org.communes @> ${code}::varchar[] OR org.departements @> ${departement}::varchar[] OR ${WHOLE_TERRITORY})`,
      );
    }
    if (query.need?.length) sql.add(`o.need_categories && ${sql.param(query.need)}::varchar[]`);
    if (query.stage) sql.add(servesEvery('o.stages', sql.param([query.stage])));
    if (query.legalForm) sql.add(servesEvery('o.legal_forms', sql.param([query.legalForm])));
    if (query.kind) sql.add(`o.kind = ${sql.param(query.kind)}`);
    if (query.instrument) sql.add(`o.instrument = ${sql.param(query.instrument)}`);

    const text = textQuery(query.q);
    let order = OFFER_ORDER;
    if (text) {
      const { matches, tsquery } = offerTextMatch(sql, text);
      sql.add(matches);
      order = `ts_rank(to_tsvector('french', o.search_text), ${tsquery}) DESC, ${order}`;
    }
    const rows = await this.dataSource.query<(OfferRow & { total: string })[]>(
      `SELECT ${OFFER_COLUMNS}, count(*) OVER () AS total
         FROM ${OFFER_FROM} ${sql.where}
        ORDER BY ${order}
        LIMIT ${sql.param(query.pageSize)} OFFSET ${sql.param((query.page - 1) * query.pageSize)}`,
      sql.params,
    );
    const total =
      rows.length > 0 || query.page === 1
        ? Number(rows[0]?.total ?? 0)
        : await this.count(`SELECT count(*) FROM ${OFFER_FROM} ${sql.where}`, sql.params.slice(0, -2));
    return { items: rows.map(toOfferSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async searchOrganisations(query: OrganisationSearchQueryDto): Promise<OrganisationPageDto> {
    const sql = new SqlConditions();
    sql.add('org.published');
    await this.placeConditions(sql, query, 'org.territory_id');
    if (query.kind) {
      sql.add(
        `org.kind = ANY(${sql.param(query.kind === 'both' ? ['both'] : [query.kind, 'both'])}::varchar[])`,
      );
    }
    const text = textQuery(query.q);
    let order = 'lower(essaim_unaccent(org.name)), org.id';
    if (text) {
      const pattern = sql.param(text.pattern);
      const nameMatches = `essaim_unaccent(lower(org.name)) ILIKE essaim_unaccent(${pattern})`;
      const { matches: offerMatches } = offerTextMatch(sql, text);
      sql.add(
        `(${nameMatches} OR essaim_unaccent(org.description) ILIKE essaim_unaccent(${pattern})
          OR EXISTS (SELECT 1 FROM offer o WHERE o.organisation_id = org.id AND o.published AND ${offerMatches}))`,
      );
      order = `(${nameMatches}) DESC, ${order}`;
    }
    const rows = await this.dataSource.query<(OrganisationRow & { total: string })[]>(
      `SELECT ${organisationColumns(false)}, count(*) OVER () AS total
         FROM ${ORGANISATION_FROM} ${sql.where}
        ORDER BY ${order}
        LIMIT ${sql.param(query.pageSize)} OFFSET ${sql.param((query.page - 1) * query.pageSize)}`,
      sql.params,
    );
    const total =
      rows.length > 0 || query.page === 1
        ? Number(rows[0]?.total ?? 0)
        : await this.count(`SELECT count(*) FROM ${ORGANISATION_FROM} ${sql.where}`, sql.params.slice(0, -2));
    return { items: rows.map(toOrganisationSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async organisation(id: string): Promise<OrganisationDto> {
    const [row] = await this.dataSource.query<OrganisationRow[]>(
      `SELECT ${organisationColumns(false)} FROM ${ORGANISATION_FROM} WHERE org.id = $1 AND org.published`,
      [id],
    );
    if (!row) throw notFound('Organisation');
    const offers = await offersByOrganisation(this.dataSource.manager, [id], true);
    return toOrganisation(row, offers.get(id) ?? []);
  }

  /** Territory and département filters, shared by offers and organisations. */
  private async placeConditions(
    sql: SqlConditions,
    query: PlaceQueryDto,
    territoryColumn: string,
  ): Promise<void> {
    if (query.territory !== undefined) {
      const [territory] = await this.dataSource.query<{ id: string }[]>(
        'SELECT id FROM territory WHERE code = $1',
        [query.territory.trim().toLowerCase()],
      );
      if (!territory) {
        throw AppError.invalidField('territory', 'unknown_territory', 'territory names no territory');
      }
      sql.add(`${territoryColumn} = ${sql.param(territory.id)}`);
    }
    if (query.departement !== undefined) {
      const departement = sql.param(query.departement);
      const asArray = `ARRAY[${departement}::varchar]`;
      sql.add(
        `(org.departements @> ${asArray}
          OR (${WHOLE_TERRITORY} AND EXISTS (
            SELECT 1 FROM territory served WHERE served.id = org.territory_id AND served.departements @> ${asArray}))
          OR EXISTS (SELECT 1 FROM commune c WHERE c.code = ANY(org.communes) AND c.departement_code = ${departement}::varchar))`,
      );
    }
  }

  private async commune(
    code: string,
  ): Promise<{ code: string; departement_code: string; territory_id: string }> {
    const [commune] = await this.dataSource.query<
      { code: string; departement_code: string; territory_id: string }[]
    >('SELECT code, departement_code, territory_id FROM commune WHERE code = $1', [code]);
    if (!commune) throw AppError.invalidField('commune', 'unknown_commune', 'commune names no known commune');
    return commune;
  }

  private async count(query: string, params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(query, params);
    return Number(row?.count ?? 0);
  }
}

/** An offer's codes cover a value when they list it, or list nothing (all). */
function servesEvery(column: string, value: string): string {
  return `(cardinality(${column}) = 0 OR ${column} @> ${value}::varchar[])`;
}

/**
 * French full-text match on the offer's search text (index idx_offer_search), or a substring
 * match (trigram index idx_offer_search_trgm) for partial words and near-spellings.
 */
function offerTextMatch(sql: SqlConditions, text: TextQuery): { matches: string; tsquery: string } {
  const tsquery = `websearch_to_tsquery('french', essaim_unaccent(${sql.param(text.words)}))`;
  const pattern = sql.param(text.pattern);
  return {
    tsquery,
    matches: `(to_tsvector('french', o.search_text) @@ ${tsquery} OR o.search_text ILIKE essaim_unaccent(${pattern}))`,
  };
}

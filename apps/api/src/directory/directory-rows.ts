import type {
  FundingInstrument,
  LegalForm,
  NeedCategory,
  OfferKind,
  OrganisationKind,
  ProjectStage,
  Sector,
} from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import type {
  OfferAdminDto,
  OfferSummaryDto,
  OrganisationAdminDto,
  OrganisationDto,
  OrganisationSummaryDto,
} from './dto/directory.dto';

// The directory's reads are plain SQL (full-text ranking, array filters); these are their
// columns and the mapping of their rows to the contract's shapes.

export const OFFER_FROM = `offer o
  JOIN organisation org ON org.id = o.organisation_id
  JOIN territory t ON t.id = o.territory_id`;

export const OFFER_COLUMNS = `o.id, o.name, o.summary, o.kind, o.instrument, o.amount_min_cents, o.amount_max_cents,
  o.need_categories, o.stages, o.legal_forms, o.sectors, o.published, o.version,
  org.id AS organisation_id, org.name AS organisation_name, org.kind AS organisation_kind,
  t.code AS territory_code, t.name AS territory_name`;

/**
 * Accent- and case-insensitive alphabetical order, whatever the database's collation (under
 * C.UTF-8, lower() leaves "É" alone: unaccent first).
 */
export const OFFER_ORDER = `lower(essaim_unaccent(org.name)), lower(essaim_unaccent(o.name)), o.id`;

export interface OfferRow {
  id: string;
  name: string;
  summary: string;
  kind: OfferKind;
  instrument: FundingInstrument | null;
  amount_min_cents: string | null;
  amount_max_cents: string | null;
  need_categories: NeedCategory[];
  stages: ProjectStage[];
  legal_forms: LegalForm[];
  sectors: Sector[];
  published: boolean;
  version: number;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  territory_code: string;
  territory_name: string;
}

export const ORGANISATION_FROM = `organisation org JOIN territory t ON t.id = org.territory_id`;

export function organisationColumns(countUnpublishedOffers: boolean): string {
  const published = countUnpublishedOffers ? '' : ' AND o.published';
  return `org.id, org.name, org.kind, org.description, org.communes, org.departements, org.website,
  org.contact_email, org.contact_phone, org.address, org.published, org.version,
  t.code AS territory_code, t.name AS territory_name,
  (SELECT count(*)::int FROM offer o WHERE o.organisation_id = org.id${published}) AS offer_count`;
}

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  communes: string[];
  departements: string[];
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  address: string | null;
  published: boolean;
  version: number;
  territory_code: string;
  territory_name: string;
  offer_count: number;
}

const cents = (value: string | null): number | null => (value === null ? null : Number(value));

export function toOfferSummary(row: OfferRow): OfferSummaryDto {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    kind: row.kind,
    instrument: row.instrument,
    amountMinCents: cents(row.amount_min_cents),
    amountMaxCents: cents(row.amount_max_cents),
    needCategories: row.need_categories,
    stages: row.stages,
    legalForms: row.legal_forms,
    sectors: row.sectors,
    organisation: { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind },
    territory: { code: row.territory_code, name: row.territory_name },
  };
}

export function toOfferAdmin(row: OfferRow): OfferAdminDto {
  return { ...toOfferSummary(row), published: row.published, version: row.version };
}

export function toOrganisationSummary(row: OrganisationRow): OrganisationSummaryDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    communes: row.communes,
    departements: row.departements,
    offerCount: row.offer_count,
    territory: { code: row.territory_code, name: row.territory_name },
  };
}

export function toOrganisation(row: OrganisationRow, offers: OfferRow[]): OrganisationDto {
  return {
    ...toOrganisationSummary(row),
    website: row.website,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    address: row.address,
    offers: offers.map(toOfferSummary),
  };
}

export function toOrganisationAdmin(row: OrganisationRow, offers: OfferRow[]): OrganisationAdminDto {
  return {
    ...toOrganisation(row, []),
    published: row.published,
    version: row.version,
    offers: offers.map(toOfferAdmin),
  };
}

/** The offers of these organisations, grouped by organisation id, in directory order. */
export async function offersByOrganisation(
  manager: EntityManager,
  organisationIds: string[],
  publishedOnly: boolean,
): Promise<Map<string, OfferRow[]>> {
  const grouped = new Map<string, OfferRow[]>(organisationIds.map((id) => [id, []]));
  if (organisationIds.length === 0) return grouped;
  const rows = await manager.query<OfferRow[]>(
    `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM}
      WHERE o.organisation_id = ANY($1::uuid[])${publishedOnly ? ' AND o.published' : ''}
      ORDER BY ${OFFER_ORDER}`,
    [organisationIds],
  );
  for (const row of rows) grouped.get(row.organisation_id)?.push(row);
  return grouped;
}

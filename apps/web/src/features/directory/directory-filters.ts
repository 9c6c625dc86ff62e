import {
  FUNDING_INSTRUMENTS,
  LEGAL_FORMS,
  NEED_CATEGORIES,
  OFFER_KINDS,
  PROJECT_STAGES,
  type FundingInstrument,
  type LegalForm,
  type NeedCategory,
  type OfferKind,
  type ProjectStage,
} from '@essaim/domain';

import type { OfferSearchQuery } from '../../api/directory';

export const DIRECTORY_PAGE_SIZE = 20;

/** What the directory search shows, as kept in the address bar (shareable, back button works). */
export interface DirectoryFilters {
  q: string;
  territory?: string;
  departement?: string;
  commune?: string;
  need: NeedCategory[];
  stage?: ProjectStage;
  legalForm?: LegalForm;
  kind?: OfferKind;
  instrument?: FundingInstrument;
  page: number;
}

export const NO_FILTERS: DirectoryFilters = { q: '', need: [], page: 1 };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function code(value: string | null, pattern: RegExp): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

/** Reads the filters of an address; anything unknown (an old or hand-edited link) is ignored. */
export function parseFilters(params: URLSearchParams): DirectoryFilters {
  const page = Number(params.get('page'));
  const need = params
    .getAll('need')
    .filter((value): value is NeedCategory => (NEED_CATEGORIES as readonly string[]).includes(value));
  const kind = oneOf(OFFER_KINDS, params.get('kind'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    territory: code(params.get('territory'), /^[a-z0-9-]{1,16}$/i),
    departement: code(params.get('departement'), /^(\d[\dAB]|97\d)$/i),
    commune: code(params.get('commune'), /^[\dAB]{5}$/i),
    need: [...new Set(need)],
    stage: oneOf(PROJECT_STAGES, params.get('stage')),
    legalForm: oneOf(LEGAL_FORMS, params.get('legalForm')),
    kind,
    // An instrument only exists for funding.
    instrument: kind === 'accompaniment' ? undefined : oneOf(FUNDING_INSTRUMENTS, params.get('instrument')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of the filters: only what differs from "everything", in a stable order. */
export function filtersToParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q !== '') params.set('q', q);
  if (filters.territory) params.set('territory', filters.territory);
  if (filters.departement) params.set('departement', filters.departement);
  if (filters.commune) params.set('commune', filters.commune);
  for (const need of filters.need) params.append('need', need);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.legalForm) params.set('legalForm', filters.legalForm);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.instrument && filters.kind !== 'accompaniment') params.set('instrument', filters.instrument);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function toOfferQuery(filters: DirectoryFilters): OfferSearchQuery {
  return {
    q: filters.q.trim() || undefined,
    territory: filters.territory,
    departement: filters.departement,
    commune: filters.commune,
    need: filters.need,
    stage: filters.stage,
    legalForm: filters.legalForm,
    kind: filters.kind,
    instrument: filters.instrument,
    page: filters.page,
    pageSize: DIRECTORY_PAGE_SIZE,
  };
}

/** How many filters (besides the text) narrow the search: shown on the "Filtres" button. */
export function activeFilterCount(filters: DirectoryFilters): number {
  return (
    [
      filters.territory,
      filters.departement,
      filters.commune,
      filters.stage,
      filters.legalForm,
      filters.kind,
      filters.instrument,
    ].filter(Boolean).length + filters.need.length
  );
}

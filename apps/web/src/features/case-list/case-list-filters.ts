import {
  CASE_PRIORITIES,
  CASE_STAGES,
  LEGAL_FORMS,
  SECTORS,
  type CasePriority,
  type CaseStage,
  type LegalForm,
  type Sector,
} from '@essaim/domain';

import { CASE_PAGE_SIZE, type CaseListQuery } from '../../api/case-lists';

export type CaseSortField = 'lastEventAt' | 'submittedAt' | 'stageEnteredAt' | 'reference';
export type SortOrder = 'asc' | 'desc';

/** The orders offered, as `field:order`; the first is the default. */
export const SORT_CHOICES = [
  'lastEventAt:desc',
  'lastEventAt:asc',
  'submittedAt:desc',
  'submittedAt:asc',
  'stageEnteredAt:asc',
  'reference:asc',
] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

/** `me`, `none`, or the id of an advisor (lead or follower). */
export type AdvisorFilter = string;

/** The case list's search, as kept in the address bar (shareable, back button works). */
export interface CaseFilters {
  q: string;
  stage: CaseStage[];
  advisor?: AdvisorFilter;
  organisation?: string;
  sector?: Sector;
  legalForm?: LegalForm;
  commune?: string;
  departement?: string;
  priority?: CasePriority;
  submittedFrom?: string;
  submittedTo?: string;
  overdueTask: boolean;
  sort: SortChoice;
  page: number;
}

export const NO_CASE_FILTERS: CaseFilters = {
  q: '',
  stage: [],
  overdueTask: false,
  sort: SORT_CHOICES[0],
  page: 1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function matching(value: string | null, pattern: RegExp): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

function parseSort(params: URLSearchParams): SortChoice {
  const choice = `${params.get('sort') ?? ''}:${params.get('order') ?? ''}`;
  return oneOf(SORT_CHOICES, choice) ?? NO_CASE_FILTERS.sort;
}

/** Reads the filters of an address; anything unknown (an old or hand-edited link) is ignored. */
export function parseCaseFilters(params: URLSearchParams): CaseFilters {
  const page = Number(params.get('page'));
  const advisor = params.get('advisor');
  const commune = matching(params.get('commune'), /^[\dAB]{5}$/i);
  const stages = params
    .getAll('stage')
    .filter((value): value is CaseStage => (CASE_STAGES as readonly string[]).includes(value));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    stage: CASE_STAGES.filter((stage) => stages.includes(stage)),
    advisor: advisor === 'me' || advisor === 'none' ? advisor : matching(advisor, UUID),
    organisation: matching(params.get('organisation'), UUID),
    sector: oneOf(SECTORS, params.get('sector')),
    legalForm: oneOf(LEGAL_FORMS, params.get('legalForm')),
    commune,
    // A commune is more precise than a département: the commune wins.
    departement: commune ? undefined : matching(params.get('departement'), /^(\d[\dAB]|97\d)$/i),
    priority: oneOf(CASE_PRIORITIES, params.get('priority')),
    submittedFrom: matching(params.get('submittedFrom'), DAY),
    submittedTo: matching(params.get('submittedTo'), DAY),
    overdueTask: params.get('overdueTask') === 'true',
    sort: parseSort(params),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of the filters: only what differs from the default list, in a stable order. */
export function caseFiltersToParams(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q !== '') params.set('q', q);
  for (const stage of filters.stage) params.append('stage', stage);
  const single: [string, string | undefined][] = [
    ['advisor', filters.advisor],
    ['organisation', filters.organisation],
    ['sector', filters.sector],
    ['legalForm', filters.legalForm],
    ['commune', filters.commune],
    ['departement', filters.commune ? undefined : filters.departement],
    ['priority', filters.priority],
    ['submittedFrom', filters.submittedFrom],
    ['submittedTo', filters.submittedTo],
  ];
  for (const [name, value] of single) if (value) params.set(name, value);
  if (filters.overdueTask) params.set('overdueTask', 'true');
  if (filters.sort !== NO_CASE_FILTERS.sort) {
    const [sort, order] = filters.sort.split(':') as [CaseSortField, SortOrder];
    params.set('sort', sort);
    params.set('order', order);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function toCaseListQuery(filters: CaseFilters): CaseListQuery {
  const [sort, order] = filters.sort.split(':') as [CaseSortField, SortOrder];
  return {
    q: filters.q.trim() || undefined,
    stage: filters.stage,
    advisor: filters.advisor,
    organisation: filters.organisation,
    sector: filters.sector,
    legalForm: filters.legalForm,
    commune: filters.commune,
    departement: filters.departement,
    priority: filters.priority,
    submittedFrom: filters.submittedFrom,
    submittedTo: filters.submittedTo,
    overdueTask: filters.overdueTask ? 'true' : undefined,
    sort,
    order,
    page: filters.page,
    pageSize: CASE_PAGE_SIZE,
  };
}

/** What a saved filter keeps: the list's parameters, without the page. */
export function toSavedQuery(filters: CaseFilters): Record<string, string | string[]> {
  const params = caseFiltersToParams({ ...filters, page: 1 });
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    query[name] = name === 'stage' ? params.getAll(name) : (params.get(name) ?? '');
  }
  return query;
}

/** A saved filter's parameters as an address, read as carefully as a hand-edited link. */
export function savedQueryToParams(query: unknown): URLSearchParams {
  const params = new URLSearchParams();
  if (typeof query === 'object' && query !== null) {
    for (const [name, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (['string', 'number', 'boolean'].includes(typeof item)) params.append(name, String(item));
      }
    }
  }
  return caseFiltersToParams(parseCaseFilters(params));
}

/** How many filters (besides the text and the order) narrow the list: shown on the "Filtres" button. */
export function activeCaseFilterCount(filters: CaseFilters): number {
  return (
    [
      filters.advisor,
      filters.organisation,
      filters.sector,
      filters.legalForm,
      filters.commune,
      filters.departement,
      filters.priority,
      filters.submittedFrom,
      filters.submittedTo,
    ].filter(Boolean).length +
    filters.stage.length +
    (filters.overdueTask ? 1 : 0)
  );
}

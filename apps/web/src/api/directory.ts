import { unwrap, type components, type operations } from '@essaim/api-client';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';

import { api } from './client';

type Schemas = components['schemas'];

export type OfferSummary = Schemas['OfferSummaryDto'];
export type OrganisationSummary = Schemas['OrganisationSummaryDto'];
export type OrganisationDetail = Schemas['OrganisationDto'];
export type Commune = Schemas['CommuneDto'];
export type TerritoryRef = Schemas['TerritoryDto'];
export type OfferSearchQuery = NonNullable<operations['Directory_searchOffers']['parameters']['query']>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Drops empty values, so that the URL only carries what was asked. */
export function compactQuery<T extends object>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0),
    ),
  ) as Partial<T>;
}

export const directoryKeys = {
  offers: (query: OfferSearchQuery) => ['directory', 'offers', compactQuery(query)] as const,
  organisation: (id: string) => ['directory', 'organisation', id] as const,
  communes: (territory: string, q: string) => ['directory', 'communes', territory, q] as const,
  commune: (territory: string, code: string) => ['directory', 'commune', territory, code] as const,
};

export function useOfferSearch(query: OfferSearchQuery) {
  return useQuery({
    queryKey: directoryKeys.offers(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/directory/offers', { params: { query: compactQuery(query) }, signal })),
    // The previous results stay on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useDirectoryOrganisation(id: string) {
  return useQuery({
    queryKey: directoryKeys.organisation(id),
    queryFn: () => unwrap(api.GET('/api/directory/organisations/{id}', { params: { path: { id } } })),
    staleTime: 60_000,
  });
}

export function fetchCommunes(territory: string, q: string, limit = 20): Promise<Commune[]> {
  return unwrap(
    api.GET('/api/territories/{code}/communes', {
      params: { path: { code: territory }, query: { q, limit } },
    }),
  );
}

/** Communes of a territory whose name or postal code matches `q` (nothing asked under 2 characters). */
export function useCommuneSearch(territory: string | undefined, q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: directoryKeys.communes(territory ?? '', trimmed),
    queryFn: () => fetchCommunes(territory ?? '', trimmed),
    enabled: territory !== undefined && territory !== '' && trimmed.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/**
 * Communes known by their INSEE code only (a shared link, an organisation's area): looked up by
 * code; `null` when the API does not find it (the caller then shows the code).
 */
export function useCommunesByCode(territory: string | undefined, codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: directoryKeys.commune(territory ?? '', code),
      queryFn: async () =>
        (await fetchCommunes(territory ?? '', code, 5)).find((commune) => commune.code === code) ?? null,
      enabled: territory !== undefined && territory !== '',
      staleTime: Infinity,
      retry: false,
    })),
    combine: (results) => {
      const byCode = new Map<string, Commune>();
      results.forEach((result) => {
        if (result.data) byCode.set(result.data.code, result.data);
      });
      return {
        byCode,
        isPending: results.some((result) => result.isPending && result.fetchStatus !== 'idle'),
      };
    },
  });
}

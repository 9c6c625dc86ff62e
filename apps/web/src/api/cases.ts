import { unwrap, type components } from '@essaim/api-client';
import { useQuery } from '@tanstack/react-query';

import { api } from './client';

/** A case as its holder sees it: only the events advisors shared. */
export type CaseDto = components['schemas']['CaseDto'];
export type CaseEventDto = components['schemas']['CaseEventDto'];

export const caseQueryKey = (id: string) => ['cases', id] as const;

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseQueryKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}

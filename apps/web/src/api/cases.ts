import { unwrap, type components } from '@essaim/api-client';
import type { CasePriority, CaseStage, ClosureOutcome } from '@essaim/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseListKeys } from './case-lists';
import { api } from './client';

type Schemas = components['schemas'];

/** A case as the caller may see it: holders get only the shared events and no moves. */
export type CaseDto = Schemas['CaseDto'];
export type CaseEventDto = Schemas['CaseEventDto'];
export type CaseMoveDto = Schemas['CaseMoveDto'];
export type PersonDto = Schemas['PersonDto'];

/** Every query about one case starts with this key: invalidating it refreshes the case and its parts. */
export const caseQueryKey = (id: string) => ['cases', id] as const;

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseQueryKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}

/** After a write that answers with the case: show it at once, and refresh the lists that include it. */
function useStoreCase() {
  const queryClient = useQueryClient();
  return (updated: CaseDto) => {
    queryClient.setQueryData(caseQueryKey(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: caseListKeys.lists });
  };
}

export interface MoveInput {
  to: CaseStage;
  reason?: string;
  outcome?: ClosureOutcome;
}

export function useMoveCase(caseId: string) {
  const store = useStoreCase();
  return useMutation({
    mutationFn: ({ version, ...move }: MoveInput & { version: number }) =>
      unwrap(
        api.POST('/api/cases/{id}/moves', { params: { path: { id: caseId } }, body: { ...move, version } }),
      ),
    onSuccess: store,
  });
}

export interface AssignmentInput {
  leadAdvisorId: string;
  followerIds: string[];
  version: number;
}

export function useAssignCase(caseId: string) {
  const store = useStoreCase();
  return useMutation({
    mutationFn: (body: AssignmentInput) =>
      unwrap(api.POST('/api/cases/{id}/assignment', { params: { path: { id: caseId } }, body })),
    onSuccess: store,
  });
}

export function useSetCasePriority(caseId: string) {
  const store = useStoreCase();
  return useMutation({
    mutationFn: (body: { priority: CasePriority; version: number }) =>
      unwrap(api.PATCH('/api/cases/{id}', { params: { path: { id: caseId } }, body })),
    onSuccess: store,
  });
}

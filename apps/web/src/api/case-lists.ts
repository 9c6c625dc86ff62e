import { unwrap, unwrapEmpty, type components, type operations } from '@essaim/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseQueryKey } from './cases';
import { api } from './client';
import { compactQuery } from './directory';

// The staff's lists of cases: the home queue, the filtered list, saved filters, bulk assignment.

type Schemas = components['schemas'];

export type CaseListItem = Schemas['CaseListItemDto'];
export type CasePage = Schemas['CaseListPageDto'];
export type CaseListQuery = NonNullable<operations['StaffCases_list']['parameters']['query']>;
export type StaffQueue = Schemas['QueueDto'];
export type QueueTask = Schemas['QueueTaskDto'];
export type StaffAdvisor = Schemas['StaffAdvisorDto'];
export type SavedFilter = Schemas['SavedFilterDto'];
export type Person = Pick<Schemas['PersonDto'], 'firstName' | 'lastName'>;

export const CASE_PAGE_SIZE = 25;

export const caseListKeys = {
  /** The lists of cases (the list page and the home queue): what an assignment changes. */
  lists: ['staff', 'lists'] as const,
  cases: (query: CaseListQuery) => ['staff', 'lists', 'cases', compactQuery(query)] as const,
  queue: ['staff', 'lists', 'queue'] as const,
  advisors: ['staff', 'advisors'] as const,
  savedFilters: ['staff', 'saved-filters'] as const,
};

export function personName(person: Person): string {
  return `${person.firstName} ${person.lastName}`;
}

export function useStaffCases(query: CaseListQuery) {
  return useQuery({
    queryKey: caseListKeys.cases(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/staff/cases', { params: { query: compactQuery(query) }, signal })),
    // The previous page stays on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
    // Colleagues take and move cases all day: a list shown again is read again.
    staleTime: 0,
  });
}

export function useStaffQueue() {
  return useQuery({
    queryKey: caseListKeys.queue,
    queryFn: () => unwrap(api.GET('/api/staff/queue')),
    staleTime: 0,
  });
}

/** The territory's active advisors and admins: whom a case or a task can be given to. */
export function useStaffAdvisors(enabled = true) {
  return useQuery({
    queryKey: caseListKeys.advisors,
    queryFn: () => unwrap(api.GET('/api/staff/advisors')),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useSavedFilters() {
  return useQuery({
    queryKey: caseListKeys.savedFilters,
    queryFn: () => unwrap(api.GET('/api/staff/saved-filters')),
  });
}

export function useCreateSavedFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: Record<string, unknown> }) =>
      unwrap(api.POST('/api/staff/saved-filters', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseListKeys.savedFilters }),
  });
}

export function useDeleteSavedFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrapEmpty(api.DELETE('/api/staff/saved-filters/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseListKeys.savedFilters }),
  });
}

/** After an assignment, success or conflict, every list of cases is read again. */
function useRefreshCaseLists() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseListKeys.lists });
}

/** Several cases to one lead advisor, all or nothing; a stale version is a 409 naming its case. */
export function useBulkAssign() {
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (body: { cases: { id: string; version: number }[]; leadAdvisorId: string }) =>
      unwrap(api.POST('/api/staff/cases/assign', { body })),
    onSettled: refresh,
  });
}

/** "M'attribuer": the caller becomes the lead advisor of a case of the queue. */
export function useTakeCase() {
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: ({ id, version, leadAdvisorId }: { id: string; version: number; leadAdvisorId: string }) =>
      unwrap(
        api.POST('/api/cases/{id}/assignment', {
          params: { path: { id } },
          body: { version, leadAdvisorId },
        }),
      ),
    onSettled: (_data, _error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(id) });
      return refresh();
    },
  });
}

import { unwrap, type components } from '@essaim/api-client';
import type { OrientationStatus } from '@essaim/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseListKeys } from './case-lists';
import { caseQueryKey } from './cases';
import { api } from './client';

// The orientations inbox: partners answer the orientations to their organisation; the
// operator's staff follow those of the territory.

export type OrientationInboxItem = components['schemas']['OrientationInboxItemDto'];

export const orientationsInboxKeys = {
  all: ['orientations-inbox'] as const,
  list: (status: OrientationStatus | undefined) => ['orientations-inbox', status ?? 'all'] as const,
};

export function useOrientationsInbox(status: OrientationStatus | undefined) {
  return useQuery({
    queryKey: orientationsInboxKeys.list(status),
    queryFn: () => unwrap(api.GET('/api/orientations', { params: { query: status ? { status } : {} } })),
    placeholderData: keepPreviousData,
    // Answers come from other people: an inbox shown again is read again.
    staleTime: 0,
  });
}

/**
 * After an answer, or a refusal because the orientation changed in between: the inbox, the
 * home's count of orientations to answer, and the case (its orientations) are read again.
 */
function useRefreshAfterAnswer() {
  const queryClient = useQueryClient();
  return (item: OrientationInboxItem) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orientationsInboxKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseListKeys.lists }),
      queryClient.invalidateQueries({ queryKey: caseQueryKey(item.caseId) }),
    ]);
}

export function useAcceptOrientation() {
  const refresh = useRefreshAfterAnswer();
  return useMutation({
    mutationFn: (item: OrientationInboxItem) =>
      unwrap(
        api.POST('/api/orientations/{id}/accept', {
          params: { path: { id: item.id } },
          body: { version: item.version },
        }),
      ),
    onSettled: (_data, _error, item) => refresh(item),
  });
}

/** The partner's accompaniment is over: the orientation is completed. */
export function useCompleteOrientation() {
  const refresh = useRefreshAfterAnswer();
  return useMutation({
    mutationFn: (item: OrientationInboxItem) =>
      unwrap(
        api.POST('/api/orientations/{id}/complete', {
          params: { path: { id: item.id } },
          body: { version: item.version },
        }),
      ),
    onSettled: (_data, _error, item) => refresh(item),
  });
}

export function useDeclineOrientation() {
  const refresh = useRefreshAfterAnswer();
  return useMutation({
    mutationFn: ({ item, reason }: { item: OrientationInboxItem; reason: string }) =>
      unwrap(
        api.POST('/api/orientations/{id}/decline', {
          params: { path: { id: item.id } },
          body: { version: item.version, reason },
        }),
      ),
    onSettled: (_data, _error, { item }) => refresh(item),
  });
}

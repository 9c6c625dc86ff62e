import { unwrap, type components } from '@essaim/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseQueryKey } from './cases';
import { api } from './client';

export type OrientationDto = components['schemas']['OrientationDto'];

const orientationsQueryKey = (caseId: string) => [...caseQueryKey(caseId), 'orientations'] as const;

function fetchOrientations(caseId: string) {
  return unwrap(api.GET('/api/cases/{id}/orientations', { params: { path: { id: caseId } } }));
}

/** The case's orientations to partner structures, newest first. */
export function useOrientations(caseId: string) {
  return useQuery({ queryKey: orientationsQueryKey(caseId), queryFn: () => fetchOrientations(caseId) });
}

export function useProposeOrientation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { offerId: string; message: string }) =>
      unwrap(api.POST('/api/cases/{id}/orientations', { params: { path: { id: caseId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}

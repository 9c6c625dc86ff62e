import { isApiError, unwrap, type components } from '@essaim/api-client';
import type { AnswerValue } from '@essaim/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './client';
import { projectQueryKey, projectsQueryKey } from './projects';

type Schemas = components['schemas'];

export type DiagnosticDto = Schemas['DiagnosticDto'];
export type DiagnosticSummaryDto = Schemas['DiagnosticSummaryDto'];
export type AnswersStateDto = Schemas['AnswersStateDto'];
export type OfferSummaryDto = Schemas['OfferSummaryDto'];
export type MatchDto = Schemas['MatchDto'];
export type DiagnosticResultsDto = Schemas['DiagnosticResultsDto'];
export type SubmitResultDto = Schemas['SubmitResultDto'];

export const diagnosticQueryKey = (id: string) => ['diagnostics', id] as const;
export const diagnosticResultsQueryKey = (id: string) => ['diagnostics', id, 'results'] as const;
export const projectDiagnosticsQueryKey = (projectId: string) =>
  ['projects', projectId, 'diagnostics'] as const;

export function useDiagnostic(id: string) {
  return useQuery({
    queryKey: diagnosticQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/diagnostics/{id}', { params: { path: { id } } })),
    // The form keeps its own copy of the answers while it is open: a refetch must not reset it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useProjectDiagnostics(projectId: string) {
  return useQuery({
    queryKey: projectDiagnosticsQueryKey(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/projects/{id}/diagnostics', {
          params: { path: { id: projectId } },
        }),
      ),
  });
}

export function useDiagnosticResults(id: string) {
  return useQuery({
    queryKey: diagnosticResultsQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/diagnostics/{id}/results', { params: { path: { id } } })),
  });
}

/** Starts a diagnostic on the latest questionnaire, or gives back the draft already started. */
export function useStartDiagnostic(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/projects/{id}/diagnostics', {
          params: { path: { id: projectId } },
        }),
      ),
    onSuccess: (diagnostic) => {
      queryClient.setQueryData(diagnosticQueryKey(diagnostic.id), diagnostic);
      void queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId) });
      void queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    },
  });
}

/** Saves one answer (`undefined` clears it); the API answers with all the answers saved. */
export function saveAnswer(
  diagnosticId: string,
  questionKey: string,
  value: AnswerValue | undefined,
): Promise<AnswersStateDto> {
  const params = { path: { id: diagnosticId, questionKey } };
  return value === undefined
    ? unwrap(api.DELETE('/api/diagnostics/{id}/answers/{questionKey}', { params }))
    : unwrap(api.PUT('/api/diagnostics/{id}/answers/{questionKey}', { params, body: { value } }));
}

/** Worth retrying: the request may not have arrived, or the server could not handle it right now. */
export function isTransientError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'network_error' || error.status === 429 || error.status >= 500;
}

/** Submits; the API is idempotent, so a submit retried after a timeout is recorded once. */
export function useSubmitDiagnostic(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/diagnostics/{id}/submit', { params: { path: { id } } })),
    retry: (failureCount, error) => isTransientError(error) && failureCount < 3,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
    onSuccess: (result) => {
      queryClient.setQueryData(diagnosticQueryKey(id), result.diagnostic);
      queryClient.setQueryData<DiagnosticResultsDto>(diagnosticResultsQueryKey(id), {
        needProfile: result.needProfile,
        matches: result.matches,
        case: result.case,
      });
      void queryClient.invalidateQueries({ queryKey: projectsQueryKey });
    },
  });
}

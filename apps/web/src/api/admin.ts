import { unwrap, type components } from '@essaim/api-client';
import type { QuestionnaireDefinition } from '@essaim/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './client';
import { compactQuery } from './directory';

// Territory admin routes: the directory of the territory and its questionnaire.

type Schemas = components['schemas'];

export type OfferAdmin = Schemas['OfferAdminDto'];
export type OrganisationAdmin = Schemas['OrganisationAdminDto'];
export type OrganisationInput = Schemas['CreateOrganisationDto'];
export type OfferInput = Schemas['CreateOfferDto'];
export type QuestionnaireVersionSummary = Schemas['QuestionnaireVersionSummaryDto'];

// The API sends and takes the questionnaire definition as the domain's type (JSON).
export type QuestionnaireDraft = Omit<Schemas['QuestionnaireDraftDto'], 'definition'> & {
  definition: QuestionnaireDefinition;
};
export interface QuestionnaireAdmin {
  draft: QuestionnaireDraft;
  versions: QuestionnaireVersionSummary[];
}
export type QuestionnaireVersion = Omit<Schemas['QuestionnaireVersionDto'], 'definition'> & {
  definition: QuestionnaireDefinition;
};

export const adminKeys = {
  all: ['admin'] as const,
  organisations: (query: { q?: string; page?: number }) =>
    ['admin', 'organisations', compactQuery(query)] as const,
  organisation: (id: string) => ['admin', 'organisation', id] as const,
  questionnaire: ['admin', 'questionnaire'] as const,
  version: (number: number) => ['admin', 'questionnaire', 'version', number] as const,
};

export const ADMIN_PAGE_SIZE = 20;

export function useAdminOrganisations(query: { q?: string; page?: number }) {
  return useQuery({
    queryKey: adminKeys.organisations(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/organisations', {
          params: { query: compactQuery({ ...query, pageSize: ADMIN_PAGE_SIZE }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAdminOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: adminKeys.organisation(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/admin/organisations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
    // An admin editing a record must start from its latest version, not from a cached one.
    staleTime: 0,
  });
}

/** After a change: the edited record is fresh, the lists (and the public directory) are not. */
function useRefreshAfterOrganisationChange() {
  const queryClient = useQueryClient();
  return (organisation: OrganisationAdmin) => {
    queryClient.setQueryData(adminKeys.organisation(organisation.id), organisation);
    void queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    void queryClient.invalidateQueries({ queryKey: ['directory'] });
  };
}

export function useCreateOrganisation() {
  const refresh = useRefreshAfterOrganisationChange();
  return useMutation({
    mutationFn: (body: OrganisationInput) => unwrap(api.POST('/api/admin/organisations', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateOrganisation(id: string) {
  const refresh = useRefreshAfterOrganisationChange();
  return useMutation({
    mutationFn: (body: Schemas['UpdateOrganisationDto']) =>
      unwrap(api.PATCH('/api/admin/organisations/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** Offers change their organisation's record: it is read again. */
function useRefreshAfterOfferChange(organisationId: string) {
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    void queryClient.invalidateQueries({ queryKey: ['directory'] });
    await queryClient.invalidateQueries({ queryKey: adminKeys.organisation(organisationId) });
  };
}

export function useCreateOffer(organisationId: string) {
  const refresh = useRefreshAfterOfferChange(organisationId);
  return useMutation({
    mutationFn: (body: OfferInput) =>
      unwrap(
        api.POST('/api/admin/organisations/{id}/offers', { params: { path: { id: organisationId } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateOffer(organisationId: string) {
  const refresh = useRefreshAfterOfferChange(organisationId);
  return useMutation({
    mutationFn: ({ id, ...body }: Schemas['UpdateOfferDto'] & { id: string }) =>
      unwrap(api.PATCH('/api/admin/offers/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useAdminQuestionnaire() {
  return useQuery({
    queryKey: adminKeys.questionnaire,
    queryFn: (): Promise<QuestionnaireAdmin> => unwrap(api.GET('/api/admin/questionnaire')),
    staleTime: 0,
    // The editor keeps its own copy of the draft: a background refetch must not replace it.
    refetchOnWindowFocus: false,
  });
}

export function useSaveQuestionnaireDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      revision: number;
      definition: QuestionnaireDefinition;
    }): Promise<QuestionnaireDraft> => unwrap(api.PUT('/api/admin/questionnaire/draft', { body })),
    onSuccess: (draft) =>
      queryClient.setQueryData<QuestionnaireAdmin>(adminKeys.questionnaire, (current) =>
        current ? { ...current, draft } : current,
      ),
  });
}

export function usePublishQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number }): Promise<QuestionnaireVersion> =>
      unwrap(api.POST('/api/admin/questionnaire/publish', { body })),
    onSuccess: (version) => {
      queryClient.setQueryData(adminKeys.version(version.number), version);
      return queryClient.invalidateQueries({ queryKey: adminKeys.questionnaire });
    },
  });
}

export function useQuestionnaireVersion(number: number) {
  return useQuery({
    queryKey: adminKeys.version(number),
    queryFn: (): Promise<QuestionnaireVersion> =>
      unwrap(api.GET('/api/admin/questionnaire/versions/{number}', { params: { path: { number } } })),
    enabled: Number.isInteger(number) && number > 0,
    // A published version never changes.
    staleTime: Infinity,
  });
}

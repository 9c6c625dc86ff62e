import { unwrap, type components } from '@essaim/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './client';

type Schemas = components['schemas'];
export type CommuneDto = Schemas['CommuneDto'];
export type ProjectDto = Schemas['ProjectDto'];
export type ProjectInvitationDto = Schemas['ProjectInvitationDto'];
export type ProjectInput = Schemas['CreateProjectDto'];
export type ProjectUpdate = Schemas['UpdateProjectDto'];

export const projectsQueryKey = ['projects'] as const;
export const projectQueryKey = (id: string) => ['projects', id] as const;
const communesQueryKey = (territoryCode: string, q: string) => ['communes', territoryCode, q] as const;

export function useProjects() {
  return useQuery({
    queryKey: projectsQueryKey,
    queryFn: () => unwrap(api.GET('/api/projects')),
  });
}

export function useProject(id: string, enabled = true) {
  return useQuery({
    queryKey: projectQueryKey(id),
    queryFn: () => unwrap(api.GET('/api/projects/{id}', { params: { path: { id } } })),
    enabled: enabled && id !== '',
  });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectInput) => unwrap(api.POST('/api/projects', { body })),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    },
  });
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) =>
      unwrap(api.PATCH('/api/projects/{id}', { params: { path: { id } }, body })),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    },
  });
}

export function useInviteCoHolder(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(
        api.POST('/api/projects/{id}/invitations', { params: { path: { id: projectId } }, body: { email } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectQueryKey(projectId), exact: true }),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/project-invitations/accept', { body: { token } })),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectsQueryKey, exact: true });
    },
  });
}

/** Communes of a territory whose name or postal code starts like `q` (from two characters on). */
export function useCommunes(territoryCode: string | undefined, q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: communesQueryKey(territoryCode ?? '', query),
    queryFn: () =>
      unwrap(
        api.GET('/api/territories/{code}/communes', {
          params: { path: { code: territoryCode ?? '' }, query: { q: query, limit: 20 } },
        }),
      ),
    enabled: territoryCode !== undefined && query.length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

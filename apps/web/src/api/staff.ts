import { unwrap, type components } from '@essaim/api-client';
import type { Role, UserStatus } from '@essaim/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { startSession } from './auth';
import { api } from './client';
import { compactQuery } from './directory';
import { territoriesQueryKey } from './query-keys';

// Staff accounts and invitations, the territory's settings, the platform's territories.

type Schemas = components['schemas'];

export type UserAdmin = Schemas['UserAdminDto'];
export type InviteUserInput = Schemas['InviteUserDto'];
export type StaffRole = InviteUserInput['role'];
export type InviteeInput = Schemas['InviteeDto'];
export type TerritorySettings = Schemas['TerritorySettingsDto'];
export type PlatformTerritory = Schemas['PlatformTerritoryDto'];
export type CreateTerritoryInput = Schemas['CreateTerritoryDto'];
export type StaffInvitationPreview = Schemas['StaffInvitationPreviewDto'];

export const STAFF_ROLES: readonly StaffRole[] = ['advisor', 'funder', 'territory_admin'];
export const USERS_PAGE_SIZE = 20;
/** The most organisations one request lists (the API's page size limit). */
const ORGANISATION_CHOICES = 50;

export interface UsersQuery {
  q?: string;
  role?: Role;
  status?: UserStatus;
  page?: number;
}

export const staffKeys = {
  users: (query: UsersQuery) => ['staff', 'users', compactQuery(query)] as const,
  organisationChoices: (q: string) => ['staff', 'organisation-choices', q] as const,
  territory: ['staff', 'territory'] as const,
  platformTerritories: ['staff', 'platform-territories'] as const,
  invitation: (token: string) => ['staff', 'invitation', token] as const,
};

export function useAdminUsers(query: UsersQuery) {
  return useQuery({
    queryKey: staffKeys.users(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/users', {
          params: { query: compactQuery({ ...query, pageSize: USERS_PAGE_SIZE }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The organisations an account may be given, narrowed by name when the territory has many. */
export function useOrganisationChoices(q: string) {
  return useQuery({
    queryKey: staffKeys.organisationChoices(q),
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/organisations', {
          params: { query: compactQuery({ q, pageSize: ORGANISATION_CHOICES }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['staff', 'users'] });
}

export function useInviteUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: InviteUserInput) => unwrap(api.POST('/api/admin/users', { body })),
    onSuccess: refresh,
  });
}

export type UserAction = 'disable' | 'enable' | 'invitation';

/** Disables, enables an account, or mails it a new invitation link. */
export function useUserAction() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) => {
      const params = { params: { path: { id } } };
      if (action === 'disable') return unwrap(api.POST('/api/admin/users/{id}/disable', params));
      if (action === 'enable') return unwrap(api.POST('/api/admin/users/{id}/enable', params));
      return unwrap(api.POST('/api/admin/users/{id}/invitation', params));
    },
    onSuccess: refresh,
  });
}

export function useChangeOrganisation() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, organisationId }: { id: string; organisationId: string }) =>
      unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id } }, body: { organisationId } })),
    onSuccess: refresh,
  });
}

export function useTerritorySettings() {
  return useQuery({
    queryKey: staffKeys.territory,
    queryFn: () => unwrap(api.GET('/api/admin/territory')),
    staleTime: 0,
  });
}

export function useUpdateTerritorySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateTerritorySettingsDto']) =>
      unwrap(api.PATCH('/api/admin/territory', { body })),
    onSuccess: (settings) => queryClient.setQueryData(staffKeys.territory, settings),
  });
}

export function usePlatformTerritories() {
  return useQuery({
    queryKey: staffKeys.platformTerritories,
    queryFn: () => unwrap(api.GET('/api/platform/territories')),
  });
}

/** After a change: the platform's list, and the public list of territories (signup, home). */
function useRefreshTerritories() {
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: territoriesQueryKey });
    await queryClient.invalidateQueries({ queryKey: staffKeys.platformTerritories });
  };
}

export function useCreateTerritory() {
  const refresh = useRefreshTerritories();
  return useMutation({
    mutationFn: (body: CreateTerritoryInput) => unwrap(api.POST('/api/platform/territories', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateTerritory(id: string) {
  const refresh = useRefreshTerritories();
  return useMutation({
    mutationFn: (body: Schemas['UpdateTerritoryDto']) =>
      unwrap(api.PATCH('/api/platform/territories/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useInviteTerritoryAdmin(territoryId: string) {
  const refresh = useRefreshTerritories();
  return useMutation({
    mutationFn: (body: InviteeInput) =>
      unwrap(
        api.POST('/api/platform/territories/{id}/admins', { params: { path: { id: territoryId } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useResendAdminInvitation(territoryId: string) {
  const refresh = useRefreshTerritories();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.POST('/api/platform/territories/{id}/admins/{userId}/invitation', {
          params: { path: { id: territoryId, userId } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** What an invitation link is for; a link that no longer works is an `invalid_token` error. */
export function useStaffInvitationPreview(token: string) {
  return useQuery({
    queryKey: staffKeys.invitation(token),
    queryFn: () => unwrap(api.POST('/api/staff-invitations/preview', { body: { token } })),
    enabled: token !== '',
    staleTime: Infinity,
  });
}

/** Chooses the password; the account is then active and logged in. */
export function useAcceptStaffInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['AcceptStaffInvitationDto']) =>
      unwrap(api.POST('/api/staff-invitations/accept', { body })),
    gcTime: 0,
    onSuccess: (me) => {
      startSession(queryClient, me);
      queryClient.removeQueries({ queryKey: ['staff', 'invitation'] });
    },
  });
}

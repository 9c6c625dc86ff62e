import {
  isApiError,
  unwrap,
  unwrapEmpty,
  type LoginDto,
  type MeDto,
  type PasswordResetConfirmDto,
  type PasswordResetRequestDto,
  type SignupDto,
} from '@essaim/api-client';
import type { Locale } from '@essaim/domain';
import { hashKey, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api } from './client';
import { logoutMutationKey, meQueryKey } from './query-keys';

/** The logged-in user, or null when nobody is logged in (the API answers 401). */
export async function fetchMe(): Promise<MeDto | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** A new session: the user is known, and an earlier logout no longer explains a missing user. */
export function startSession(queryClient: QueryClient, me: MeDto): void {
  const mutations = queryClient.getMutationCache();
  for (const logout of mutations.findAll({ mutationKey: logoutMutationKey })) mutations.remove(logout);
  queryClient.setQueryData(meQueryKey, me);
}

// Mutations that carry a password are dropped from the cache as soon as nothing watches them.

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginDto) => unwrap(api.POST('/api/auth/login', { body })),
    gcTime: 0,
    onSuccess: (me) => startSession(queryClient, me),
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupDto) => unwrap(api.POST('/api/auth/signup', { body })),
    gcTime: 0,
    onSuccess: (me) => startSession(queryClient, me),
  });
}

/**
 * Logs out and forgets everything cached for this user. The shell, seeing no user after a successful
 * logout, sends to the login page (without a `next`: the next person should start from their home).
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: logoutMutationKey,
    mutationFn: () => unwrapEmpty(api.POST('/api/auth/logout')),
    onSuccess: () => {
      const meHash = hashKey(meQueryKey);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequestDto) =>
      unwrapEmpty(api.POST('/api/auth/password-reset/request', { body })),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetConfirmDto) =>
      unwrapEmpty(api.POST('/api/auth/password-reset/confirm', { body })),
    gcTime: 0,
  });
}

export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => unwrap(api.PATCH('/api/auth/me', { body: { locale } })),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

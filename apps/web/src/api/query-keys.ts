export const meQueryKey = ['auth', 'me'] as const;
export const metaQueryKey = ['meta'] as const;
export const territoriesQueryKey = ['territories'] as const;
export const logoutMutationKey = ['auth', 'logout'] as const;

import { isApiError } from '@essaim/api-client';
import { hashKey, QueryCache, QueryClient } from '@tanstack/react-query';

import { meQueryKey } from './query-keys';

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A 401 on any query means the session ended (expired, logged out elsewhere): forget the user,
      // and the shell sends them to the login page.
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryHash !== hashKey(meQueryKey)) {
          queryClient.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

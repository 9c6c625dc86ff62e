import { unwrap } from '@essaim/api-client';
import { useQuery } from '@tanstack/react-query';

import { api } from './client';
import { metaQueryKey, territoriesQueryKey } from './query-keys';

/** Facts about this installation (demo mode and its accounts). */
export function useMeta() {
  return useQuery({
    queryKey: metaQueryKey,
    queryFn: () => unwrap(api.GET('/api/meta')),
    staleTime: Infinity,
  });
}

export function useTerritories() {
  return useQuery({
    queryKey: territoriesQueryKey,
    queryFn: () => unwrap(api.GET('/api/territories')),
    staleTime: 5 * 60_000,
  });
}

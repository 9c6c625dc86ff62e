import type { MeDto } from '@essaim/api-client';
import { createContext, useContext } from 'react';

export const CurrentUserContext = createContext<MeDto | null>(null);

/** The logged-in user, inside the pages that RequireAuth protects. */
export function useCurrentUser(): MeDto {
  const me = useContext(CurrentUserContext);
  if (me === null) throw new Error('useCurrentUser() is only available under <RequireAuth>');
  return me;
}

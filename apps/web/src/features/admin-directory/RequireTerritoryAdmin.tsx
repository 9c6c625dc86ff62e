import { can } from '@essaim/domain';
import type { ReactNode } from 'react';

import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

/** The territory's directory and questionnaire are managed by its admins; for anyone else they do not exist. */
export function RequireTerritoryAdmin({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  if (!can(me.role, 'territory:manage') || me.territory === null) return <NotFoundPage />;
  return <>{children}</>;
}

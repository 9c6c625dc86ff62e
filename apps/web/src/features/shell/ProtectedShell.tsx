import { AppShellLayout } from './AppShellLayout';
import { RequireAuth } from './RequireAuth';

/** The `/app` route: the shell, for logged-in users only. */
export function ProtectedShell() {
  return (
    <RequireAuth>
      <AppShellLayout />
    </RequireAuth>
  );
}

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type SavedKind = 'organisationCreated' | 'organisationSaved' | 'offerCreated' | 'offerSaved';

/** What the previous page saved, carried in the navigation state to the page it led to. */
export interface SavedState {
  saved?: { kind: SavedKind; name: string };
}

/** A confirmation of what was just saved, announced politely. */
export function SavedNotice({ state }: { state: SavedState | null | undefined }) {
  const { t } = useTranslation();
  const saved = state?.saved;
  return (
    <div role="status" aria-live="polite">
      {saved && (
        <Alert
          color="essaim"
          variant="light"
          title={t(`adminDirectory.saved.${saved.kind}`, { name: saved.name })}
        />
      )}
    </div>
  );
}

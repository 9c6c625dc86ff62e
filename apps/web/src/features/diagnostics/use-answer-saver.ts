import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';

import { diagnosticQueryKey, saveAnswer, type DiagnosticDto } from '../../api/diagnostics';

import { AnswerSaver, type SaverOptions } from './answer-saver';

/** Test seam: shorter delays make retries observable without waiting for real backoff. */
export const saverTiming: Pick<SaverOptions, 'debounceMs' | 'retryBaseMs' | 'retryMaxMs'> = {};

function localBackup(diagnosticId: string): SaverOptions['backup'] {
  try {
    return { storage: window.localStorage, key: `essaim.diagnostic.${diagnosticId}.unsaved` };
  } catch {
    return null;
  }
}

/**
 * The answers of a draft diagnostic, saved as they are given. Keeps the query cache in step with
 * what the API saved, warns before leaving with unsaved answers, and retries when back online.
 */
export function useAnswerSaver(diagnostic: DiagnosticDto) {
  const queryClient = useQueryClient();
  const [saver] = useState(
    () =>
      new AnswerSaver(
        diagnostic.answers,
        async (key, value) => {
          const saved = await saveAnswer(diagnostic.id, key, value);
          queryClient.setQueryData<DiagnosticDto>(diagnosticQueryKey(diagnostic.id), (current) =>
            current && saved?.answers ? { ...current, ...saved } : current,
          );
        },
        { ...saverTiming, backup: localBackup(diagnostic.id) },
      ),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => {
    saver.start();
    const retry = () => saver.retryNow();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      saver.detach();
    };
  }, [saver]);

  const { unsaved } = snapshot;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a value here to show their "leave the page?" dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return { ...snapshot, saver };
}

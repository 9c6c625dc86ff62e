import { useEffect } from 'react';

import { useMe, useUpdateLocale } from '../api/auth';

import i18n, { changeLocale, storedLocale } from './i18n';

/**
 * Reconciles the device's language with the account's once a user is known: a choice made on this
 * device wins and is saved on the account; without one, the account's language applies.
 */
export function LocaleSync() {
  const { data: me } = useMe();
  const { mutate } = useUpdateLocale();
  const userId = me?.id;
  const accountLocale = me?.locale;

  useEffect(() => {
    if (userId === undefined || accountLocale === undefined) return;
    const chosen = storedLocale();
    if (chosen === null) {
      if (i18n.language !== accountLocale) void changeLocale(accountLocale);
    } else if (chosen !== accountLocale) {
      mutate(chosen);
    }
  }, [userId, accountLocale, mutate]);

  return null;
}

import { LOCALES, type Locale } from '@essaim/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useUpdateLocale } from '../api/auth';
import { meQueryKey } from '../api/query-keys';
import type { MeDto } from '@essaim/api-client';

import { changeLocale, currentLocale, storeLocale } from './i18n';

/** The current language and a way to change it: on this device, and on the account when logged in. */
export function useLanguage() {
  // Re-renders with the language (currentLocale reads it).
  useTranslation();
  const queryClient = useQueryClient();
  const updateLocale = useUpdateLocale();
  const { mutate } = updateLocale;

  const setLanguage = useCallback(
    (locale: Locale) => {
      storeLocale(locale);
      void changeLocale(locale);
      const me = queryClient.getQueryData<MeDto | null>(meQueryKey);
      // A failure only means the account keeps its previous language; the device keeps the choice.
      if (me && me.locale !== locale) mutate(locale);
    },
    [queryClient, mutate],
  );

  return { language: currentLocale(), languages: LOCALES, setLanguage };
}

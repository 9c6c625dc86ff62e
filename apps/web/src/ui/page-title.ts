import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Page · Essaim"), in the current language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const full = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}

import { useTranslation } from 'react-i18next';

/** A moment as the reader's language writes it (Paris time: the platform's). */
export function useDateTime() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR';
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  return (iso: string) => format.format(new Date(iso));
}

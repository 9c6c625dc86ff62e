import { useTranslation } from 'react-i18next';

/** Dates and amounts written the way the reader's language writes them. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR';
  return {
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)),
    euros: (cents: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
      }).format(cents / 100),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
  };
}

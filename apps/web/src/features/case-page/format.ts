import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import { useFormatters } from '../projects/format';

/** Dates with their time, and file sizes, the way the reader's language writes them. */
export function useCaseFormatters() {
  const { i18n } = useTranslation();
  const base = useFormatters();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR';
  const units = locale === 'fr-FR' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  return {
    ...base,
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    /** A calendar day (`YYYY-MM-DD`), read as that day wherever the reader is. */
    day: (day: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    fileSize: (bytes: number) => {
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
      }
      const digits = unit === 0 || value >= 10 ? 0 : 1;
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
    },
  };
}

/** "Léa Bernard (Initiative Loire)": the organisation tells colleagues of the same name apart. */
export function advisorLabel(advisor: {
  firstName: string;
  lastName: string;
  organisation: { name: string } | null;
}): string {
  const name = personName(advisor);
  return advisor.organisation ? `${name} (${advisor.organisation.name})` : name;
}

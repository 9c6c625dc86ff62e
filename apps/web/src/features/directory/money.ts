import { currentLocale } from '../../i18n/i18n';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, cents: number): string {
  const fractionDigits = cents % 100 === 0 ? 0 : 2;
  const key = `${locale}/${fractionDigits}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

/** An amount in cents, in euros as people read them: `15 000 €` in French, `€15,000` in English. */
export function formatEuros(cents: number, locale: string = currentLocale()): string {
  return format(locale === 'en' ? 'en-GB' : 'fr-FR', cents);
}

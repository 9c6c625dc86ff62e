const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withTime: boolean): Intl.DateTimeFormat {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const key = `${locale}/${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' },
    );
    formats.set(key, format);
  }
  return format;
}

/** "3 mars 2026 à 14:02" in French, "3 March 2026 at 14:02" in English. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(language, true).format(date);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(language, false).format(date);
}

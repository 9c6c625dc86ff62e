import { DEFAULT_LOCALE, LOCALES, type Locale } from '@essaim/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import fr from './fr.json';

export const LOCALE_STORAGE_KEY = 'essaim.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen on this device, if the user ever chose one. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be disabled (private browsing, strict settings): fall back to the default.
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not stored: the choice still applies until the page is reloaded.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = isLocale(language) ? language : DEFAULT_LOCALE;
}

// French, the default, comes with the first download; English is fetched when someone reads it
// (about 25 KB gzip that most people never need).
const LOADERS: Record<Locale, () => Promise<Record<string, unknown>>> = {
  fr: () => Promise.resolve(fr),
  en: () => import('./en.json').then((module) => module.default),
};
const loaded = new Set<Locale>(['fr']);

/** Makes a language's texts available (fetched once). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const texts = await LOADERS[locale]();
  // Deep, not overwriting: texts added by a page's own bundle (notifications) stay.
  i18n.addResourceBundle(locale, 'translation', texts, true, false);
  loaded.add(locale);
}

/** Switches to a language once its texts are there: no moment in the other language's fallback. */
export async function changeLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: storedLocale() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

/** Before the first render: the texts of the language this device chose. */
export const initialTexts: Promise<void> = loadLocale(storedLocale() ?? DEFAULT_LOCALE).catch(() => {
  // Offline or a failed fetch: the page shows in French, and a later switch tries again.
});

export default i18n;

import { NOTIFICATION_KINDS } from '@essaim/domain';

import en from '../../i18n/notifications.en.json';
import fr from '../../i18n/notifications.fr.json';
import frMain from '../../i18n/fr.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function emptyValues(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    emptyValues(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the notifications texts', () => {
  it('French and English have exactly the same keys, none left empty', () => {
    expect(keysOf(fr).sort()).toEqual(keysOf(en).sort());
    expect(emptyValues(fr)).toEqual([]);
    expect(emptyValues(en)).toEqual([]);
  });

  it('every kind has a title, a title without params, and its setting with a hint', () => {
    for (const texts of [fr, en]) {
      const kinds = texts.kinds as unknown as Record<string, Record<string, string>>;
      for (const kind of NOTIFICATION_KINDS) {
        expect([kind, Boolean(kinds[kind]?.title ?? kinds[kind]?.title_other)]).toEqual([kind, true]);
        expect([
          kind,
          Object.keys(kinds[kind])
            .filter((key) => !key.startsWith('title'))
            .sort(),
        ]).toEqual([kind, ['generic', 'setting', 'settingHint']]);
      }
    }
  });

  it('does not clash with a key of the main files', () => {
    expect(Object.keys(frMain)).not.toContain('notifications');
  });
});

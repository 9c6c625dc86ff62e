import { NAV_ITEMS, ROLES } from '@essaim/domain';

import en from './en.json';
import fr from './fr.json';

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

describe('translations', () => {
  it('French and English have exactly the same keys', () => {
    const frKeys = keysOf(fr).sort();
    const enKeys = keysOf(en).sort();
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
    expect(frKeys).toEqual(enKeys);
  });

  it('no message is left empty', () => {
    expect(emptyValues(fr)).toEqual([]);
    expect(emptyValues(en)).toEqual([]);
  });

  it('every role has a name and a home, every navigation item a label', () => {
    expect(Object.keys(fr.roles).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(fr.homes[role].title).toBeTruthy();
    for (const item of NAV_ITEMS) expect(fr.nav[item.key]).toBeTruthy();
  });
});

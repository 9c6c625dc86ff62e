import { formatCaseReference, parseCaseReference } from './case-reference';
import { isValidSiret, normaliseSiret } from './projects';

describe('isValidSiret', () => {
  it('accepts 14 digits whose Luhn sum is a multiple of 10', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });

  it('follows La Poste own rule for its establishments', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // the head office, by Luhn
    expect(isValidSiret('35600000012346')).toBe(true); // digits add up to 30, Luhn would refuse it
    expect(isValidSiret('35600000012347')).toBe(false);
  });

  it('removes the spaces people type', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074');
  });
});

describe('case references', () => {
  it('writes the territory, the year and a five-digit number', () => {
    expect(formatCaseReference('pdl', 2026, 42)).toBe('PDL-2026-00042');
  });

  it('reads a reference back, whatever its case', () => {
    expect(parseCaseReference('pdl-2026-00042')).toEqual({ territoryCode: 'pdl', year: 2026, sequence: 42 });
    expect(parseCaseReference('PDL-26-42')).toBeNull();
  });
});

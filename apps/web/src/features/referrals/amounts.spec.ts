import { formatEuros, parseAmount } from './amounts';

describe('amounts typed and shown in euros', () => {
  it.each([
    ['15 000', 1_500_000],
    ['15000', 1_500_000],
    ['15000,50', 1_500_050],
    ['15 000,5 €', 1_500_050],
    ['0,01', 1],
  ])('reads "%s" as %i cents', (typed, cents) => {
    expect(parseAmount(typed)).toEqual({ ok: true, cents });
  });

  it('says why a typed amount is not one: empty, not a number, or zero', () => {
    expect(parseAmount('  ')).toEqual({ ok: false, problem: 'required' });
    expect(parseAmount('quinze mille')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('-500')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('12,345')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('0')).toEqual({ ok: false, problem: 'zero' });
  });

  it('shows cents as euros the way each language writes them', () => {
    // fr-FR groups with a narrow no-break space and puts the sign after.
    expect(formatEuros(1_500_000, 'fr').replace(/\s/g, ' ')).toBe('15 000 €');
    expect(formatEuros(1_500_050, 'fr').replace(/\s/g, ' ')).toBe('15 000,50 €');
    expect(formatEuros(1_500_000, 'en')).toBe('€15,000');
  });
});

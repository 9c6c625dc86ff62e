import { centsToEurosInput, eurosToCents } from './money-input';

describe('amounts typed in euros', () => {
  it.each([
    ['15000', 1_500_000],
    ['15 000', 1_500_000],
    ['1 500,50 €', 150_050],
    ['1500.5', 150_050],
    ['0', 0],
  ])('%s € is %i cents', (typed, cents) => expect(eurosToCents(typed)).toBe(cents));

  it('an empty field is no amount, and text is not an amount', () => {
    expect(eurosToCents('  ')).toBeNull();
    expect(eurosToCents('beaucoup')).toBeUndefined();
    expect(eurosToCents('-5')).toBeUndefined();
    expect(eurosToCents('1,234')).toBeUndefined();
  });

  it('shows cents back as euros people can edit', () => {
    expect(centsToEurosInput(1_500_000)).toBe('15000');
    expect(centsToEurosInput(150_050)).toBe('1500,50');
    expect(centsToEurosInput(null)).toBe('');
  });
});

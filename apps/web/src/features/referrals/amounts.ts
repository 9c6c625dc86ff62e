import { eurosToCents } from '../admin-directory/money-input';

export { centsToEurosInput, eurosToCents } from '../admin-directory/money-input';
export { formatEuros } from '../directory/money';

/**
 * An amount of euros typed in a form field ("15 000", "15000,50"), checked: its positive number of
 * cents, or why it is not one (empty, not an amount, zero).
 */
export function parseAmount(
  text: string,
): { ok: true; cents: number } | { ok: false; problem: 'required' | 'invalid' | 'zero' } {
  const cents = eurosToCents(text);
  if (cents === null) return { ok: false, problem: 'required' };
  if (cents === undefined) return { ok: false, problem: 'invalid' };
  if (cents === 0) return { ok: false, problem: 'zero' };
  return { ok: true, cents };
}

/** Today as a calendar day (`YYYY-MM-DD`) where the reader is. */
export function today(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

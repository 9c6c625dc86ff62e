/**
 * An amount typed in euros (`15000`, `15 000`, `1 500,50 €`, `1500.5`) in integer cents; `null` when
 * the field is empty; `undefined` when it is not an amount of euros.
 */
export function eurosToCents(text: string): number | null | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const cents = Math.round(Number(cleaned) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents as people type euros back in the field: `15000`, `1500,5`. */
export function centsToEurosInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = cents / 100;
  return Number.isInteger(euros) ? String(euros) : euros.toFixed(2).replace('.', ',');
}

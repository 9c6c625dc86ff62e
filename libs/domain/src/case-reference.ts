/** `PDL-2026-00042`: the territory's code, the year, a number sequential per territory and year. */
export function formatCaseReference(territoryCode: string, year: number, sequence: number): string {
  return `${territoryCode.toUpperCase()}-${year}-${String(sequence).padStart(5, '0')}`;
}

export function parseCaseReference(
  reference: string,
): { territoryCode: string; year: number; sequence: number } | null {
  const match = /^([A-Z0-9]{2,16})-(\d{4})-(\d{5,})$/.exec(reference.trim().toUpperCase());
  if (!match) return null;
  const [, code = '', year, sequence] = match;
  return { territoryCode: code.toLowerCase(), year: Number(year), sequence: Number(sequence) };
}

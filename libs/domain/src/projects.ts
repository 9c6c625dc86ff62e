export const LEGAL_FORMS = [
  'unregistered',
  'association',
  'scop',
  'scic',
  'cae_member',
  'esus_company',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const PROJECT_STAGES = [
  'idea',
  'feasibility',
  'creation',
  'development',
  'consolidation',
  'scale_up',
  'takeover',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const SECTORS = [
  'food',
  'agriculture',
  'environment',
  'circular_economy',
  'energy',
  'mobility',
  'housing',
  'social_care',
  'health',
  'education',
  'culture',
  'sport_leisure',
  'tourism',
  'crafts',
  'digital',
  'finance',
  'employment_inclusion',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * A SIRET: 14 digits whose Luhn sum is a multiple of 10. La Poste's establishments (SIREN
 * 356 000 000) may follow another rule: the sum of their digits is a multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const laPoste =
    value.startsWith('356000000') && [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  return laPoste || luhn(value);
}

function luhn(value: string): boolean {
  let sum = 0;
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(value[13 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Removes the spaces people type in a SIRET (`123 456 789 00012`). */
export function normaliseSiret(value: string): string {
  return value.replace(/\s+/g, '');
}

/** The need categories a diagnostic scores, and offers declare they serve. */
export const NEED_CATEGORIES = [
  'funding',
  'business_model',
  'legal_structure',
  'governance',
  'employment_hr',
  'premises',
  'market_sales',
  'partnerships',
  'impact',
  'digital',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** A score from 0 (no need) to 100 (pressing need) per category. */
export type NeedProfile = Record<NeedCategory, number>;

export function emptyProfile(): NeedProfile {
  return Object.fromEntries(NEED_CATEGORIES.map((category) => [category, 0])) as NeedProfile;
}

/** Per category, the change from one profile to the next (positive: the need grew). */
export function profileChange(before: NeedProfile, after: NeedProfile): NeedProfile {
  return Object.fromEntries(
    NEED_CATEGORIES.map((category) => [category, after[category] - before[category]]),
  ) as NeedProfile;
}

import { NEED_CATEGORIES, type NeedCategory, type NeedProfile } from '@essaim/domain';

export type NeedLevel = 'strong' | 'moderate' | 'weak';

/** A score in plain words: strong from 60, moderate from 30, weak below. */
export function needLevel(score: number): NeedLevel {
  if (score >= 60) return 'strong';
  if (score >= 30) return 'moderate';
  return 'weak';
}

/** The categories of a profile, strongest need first (ties in the usual order of categories). */
export function rankedNeeds(profile: NeedProfile): { category: NeedCategory; score: number }[] {
  return NEED_CATEGORIES.map((category) => ({ category, score: profile[category] })).sort(
    (a, b) => b.score - a.score,
  );
}

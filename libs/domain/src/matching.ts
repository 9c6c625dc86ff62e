import type { NeedCategory, NeedProfile } from './needs';
import type { LegalForm, ProjectStage } from './projects';

export interface MatchableOffer {
  id: string;
  name: string;
  needCategories: NeedCategory[];
  /** Empty: every stage, every legal form. */
  stages: ProjectStage[];
  legalForms: LegalForm[];
  /** INSEE codes of the communes and départements the offer serves; both empty: the whole territory. */
  communes: string[];
  departements: string[];
}

export interface MatchableProject {
  stage: ProjectStage;
  legalForm: LegalForm;
  communeCode: string;
  departementCode: string;
}

export interface OfferMatch {
  offerId: string;
  /** 0–100: how much of the offer's needs the project has. */
  score: number;
  /** The offer's needs that the project has, strongest first. */
  needs: NeedCategory[];
  /** True when the offer serves the project's commune or département specifically. */
  local: boolean;
}

/** A need counts when its score reaches this. */
export const NEED_THRESHOLD = 30;

/**
 * The offers a project may use, most relevant first. An offer qualifies when it serves the
 * project's stage, legal form and place, and at least one of its needs is one the project
 * has. Its score is the mean of the project's scores over the offer's needs, so a focused
 * offer on the project's main need ranks above a broad one. Ties: local offers first, then
 * by name.
 */
export function rankOffers(
  profile: NeedProfile,
  project: MatchableProject,
  offers: MatchableOffer[],
  limit = 20,
): OfferMatch[] {
  const matches = offers.flatMap((offer) => {
    if (!serves(offer.stages, project.stage) || !serves(offer.legalForms, project.legalForm)) return [];
    const local =
      offer.communes.includes(project.communeCode) || offer.departements.includes(project.departementCode);
    const wholeTerritory = offer.communes.length === 0 && offer.departements.length === 0;
    if (!local && !wholeTerritory) return [];
    const needs = offer.needCategories
      .filter((category) => profile[category] >= NEED_THRESHOLD)
      .sort((a, b) => profile[b] - profile[a]);
    if (needs.length === 0) return [];
    const total = offer.needCategories.reduce((sum, category) => sum + profile[category], 0);
    const score = Math.round(total / offer.needCategories.length);
    return [{ offer, match: { offerId: offer.id, score, needs, local } }];
  });
  matches.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      Number(b.match.local) - Number(a.match.local) ||
      a.offer.name.localeCompare(b.offer.name, 'fr'),
  );
  return matches.slice(0, limit).map(({ match }) => match);
}

function serves<T>(served: T[], value: T): boolean {
  return served.length === 0 || served.includes(value);
}

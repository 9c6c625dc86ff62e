import type { FundingInstrument, NeedCategory, OfferKind, Sector } from '@essaim/domain';
import type { EntityManager } from 'typeorm';

/**
 * The French words people type for the codes an offer carries, so that "prêt d'honneur",
 * "subvention" or "tiers lieu" find the offers whose text does not spell them out.
 */
export const SEARCH_LABELS: {
  kind: Record<OfferKind, string>;
  instrument: Record<FundingInstrument, string>;
  need: Record<NeedCategory, string>;
  sector: Record<Sector, string>;
} = {
  kind: { accompaniment: 'accompagnement', funding: 'financement' },
  instrument: {
    grant: 'subvention',
    honour_loan: "prêt d'honneur",
    bank_loan: 'prêt bancaire',
    guarantee: 'garantie',
    equity: 'fonds propres quasi-fonds propres investissement',
    repayable_advance: 'avance remboursable',
  },
  need: {
    funding: 'financement',
    business_model: 'modèle économique',
    legal_structure: 'statut juridique',
    governance: 'gouvernance',
    employment_hr: 'emploi ressources humaines recrutement',
    premises: 'tiers-lieu / locaux immobilier',
    market_sales: 'marché commercialisation vente',
    partnerships: 'partenariats réseaux coopération',
    impact: "mesure d'impact",
    digital: 'numérique',
  },
  sector: {
    food: 'alimentation',
    agriculture: 'agriculture',
    environment: 'environnement',
    circular_economy: 'économie circulaire réemploi',
    energy: 'énergie',
    mobility: 'mobilité',
    housing: 'logement habitat',
    social_care: 'action sociale',
    health: 'santé',
    education: 'éducation formation',
    culture: 'culture',
    sport_leisure: 'sport loisirs',
    tourism: 'tourisme',
    crafts: 'artisanat',
    digital: 'numérique',
    finance: 'finance solidaire',
    employment_inclusion: 'insertion emploi',
    other: '',
  },
};

export type OfferScope = { offerIds: string[] } | { organisationId: string } | { territoryId: string };

/**
 * Recomputes `offer.search_text` (what the French full-text and trigram indexes are built on)
 * from the offer, its organisation's name and the labels of its codes. Run it in the
 * transaction of every write that changes one of those. lower() runs again after unaccent:
 * under a C locale, lower() leaves "É" as it is.
 */
export async function refreshOfferSearchText(manager: EntityManager, scope: OfferScope): Promise<void> {
  const [column, value] =
    'offerIds' in scope
      ? ['o.id = ANY($2::uuid[])', scope.offerIds]
      : 'organisationId' in scope
        ? ['o.organisation_id = $2', scope.organisationId]
        : ['o.territory_id = $2', scope.territoryId];
  await manager.query(
    `UPDATE offer o
        SET search_text = lower(essaim_unaccent(lower(concat_ws(' ',
              o.name, o.summary, org.name,
              $1::jsonb -> 'kind' ->> o.kind,
              $1::jsonb -> 'instrument' ->> o.instrument,
              (SELECT string_agg($1::jsonb -> 'need' ->> code, ' ') FROM unnest(o.need_categories) code),
              (SELECT string_agg($1::jsonb -> 'sector' ->> code, ' ') FROM unnest(o.sectors) code)))))
       FROM organisation org
      WHERE org.id = o.organisation_id AND ${column}`,
    [JSON.stringify(SEARCH_LABELS), value],
  );
}

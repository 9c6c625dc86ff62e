import type { InboxItemDto, ReferralDto, ReferralSummaryDto } from '../../api/referrals';

export const FUNDER_ORG = { id: 'org-france-active', name: 'France Active Pays de la Loire' };
export const OFFER = { id: 'offer-pret', name: 'Prêt d’honneur Création Solidaire' };
export const CLAIRE = { id: 'user-claire', firstName: 'Claire', lastName: 'Dupont' };

export function inboxItem(overrides: Partial<InboxItemDto> = {}): InboxItemDto {
  return {
    id: 'referral-1',
    reference: 'PDL-2026-00001',
    projectName: 'La Ressourcerie du Marais',
    offer: OFFER,
    status: 'sent',
    askedCents: 1_500_000,
    askedInstrument: 'honour_loan',
    createdAt: '2026-03-04T09:00:00.000Z',
    ageDays: 12,
    ...overrides,
  };
}

export function referralDto(overrides: Partial<ReferralDto> = {}): ReferralDto {
  return {
    id: 'referral-1',
    caseId: null,
    reference: 'PDL-2026-00001',
    status: 'in_review',
    organisation: FUNDER_ORG,
    offer: OFFER,
    askedCents: 1_500_000,
    askedInstrument: 'honour_loan',
    grantedCents: null,
    grantedInstrument: null,
    conditions: null,
    declineReason: null,
    paidCents: 0,
    createdAt: '2026-03-04T09:00:00.000Z',
    decidedAt: null,
    openQuestion: null,
    actions: ['request_info', 'approve', 'decline'],
    message: 'Un projet solide, qui a besoin d’un prêt pour son premier local.',
    snapshot: {
      reference: 'PDL-2026-00001',
      project: {
        name: 'La Ressourcerie du Marais',
        summary: 'Collecter, réparer et revendre des objets du quotidien.',
        commune: { code: '44109', name: 'Nantes' },
        legalForm: 'association',
        sector: 'circular_economy',
        stage: 'creation',
      },
      holders: [{ firstName: 'Camille', lastName: 'Martin' }],
      needProfile: null,
      summary: 'Équipe complète, budget prudent.',
    },
    sentBy: CLAIRE,
    sentAt: '2026-03-04T09:00:00.000Z',
    documents: [],
    exchanges: [],
    criteria: [],
    reviews: [],
    weightedMean: null,
    disbursements: [],
    remainingCents: null,
    version: 3,
    ...overrides,
  };
}

export function summaryDto(overrides: Partial<ReferralSummaryDto> = {}): ReferralSummaryDto {
  return {
    id: 'referral-1',
    status: 'sent',
    organisation: FUNDER_ORG,
    offer: OFFER,
    askedCents: 1_500_000,
    askedInstrument: 'honour_loan',
    grantedCents: null,
    grantedInstrument: null,
    conditions: null,
    declineReason: null,
    paidCents: 0,
    createdAt: '2026-03-04T09:00:00.000Z',
    decidedAt: null,
    openQuestion: null,
    actions: [],
    version: 1,
    ...overrides,
  };
}

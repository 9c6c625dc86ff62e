import type { CaseEventDto } from '../../api/cases';
import i18n from '../../i18n/i18n';
import { eventGroup, eventTitle } from './case-events';

const event = (kind: string, payload: Record<string, unknown>): CaseEventDto => ({
  id: kind,
  kind,
  visibility: 'shared',
  createdAt: '2026-11-27T10:00:00.000Z',
  actor: null,
  payload,
});

describe('the timeline’s words for the funding events', () => {
  beforeAll(() => i18n.changeLanguage('fr'));
  const title = (kind: string, payload: Record<string, unknown>) =>
    eventTitle(i18n.t, event(kind, payload), () => undefined).replace(/\s/g, ' ');
  const organisationName = 'Fonds Solidaire de l’Ouest';

  it('says who the dossier went to, for which offer and how much was asked', () => {
    expect(
      title('referral_sent', { organisationName, offerName: 'Prêt d’honneur', askedCents: 1_500_000 }),
    ).toBe('Dossier transmis à Fonds Solidaire de l’Ouest (Prêt d’honneur) : 15 000 € demandés');
  });

  it('tells an approval with its amount from a refusal', () => {
    expect(
      title('referral_decided', { organisationName, decision: 'approved', grantedCents: 1_500_000 }),
    ).toBe('Fonds Solidaire de l’Ouest accorde 15 000 €');
    expect(title('referral_decided', { organisationName, decision: 'declined' })).toBe(
      'Fonds Solidaire de l’Ouest refuse le financement',
    );
  });

  it('names the questions, answers, payments and withdrawals, all under "Financement"', () => {
    expect(title('referral_info_requested', { organisationName })).toBe(
      'Fonds Solidaire de l’Ouest pose une question sur le dossier',
    );
    expect(title('referral_answered', { organisationName })).toBe(
      'Réponse envoyée à Fonds Solidaire de l’Ouest',
    );
    expect(title('referral_payment_recorded', { amountCents: 500_000 })).toBe(
      'Versement de 5 000 € enregistré',
    );
    expect(title('referral_withdrawn', { organisationName })).toBe(
      'Demande à Fonds Solidaire de l’Ouest retirée',
    );
    for (const kind of [
      'referral_sent',
      'referral_opened',
      'referral_info_requested',
      'referral_answered',
      'referral_decided',
      'referral_withdrawn',
      'referral_payment_recorded',
    ]) {
      expect(eventGroup(kind)).toBe('funding');
    }
  });
});

import {
  checkDisbursement,
  isAmountCents,
  REFERRAL_STATUSES,
  referralActions,
  referralStep,
  type ReferralStatus,
} from './referral';

const ASKED = 1_500_000;
const input = { askedCents: ASKED };

describe('the referral steps', () => {
  it('lets the funder open a sent referral: it is then in review', () => {
    expect(referralStep('sent', 'open', 'funder', input)).toEqual({ ok: true, status: 'in_review' });
    expect(referralStep('in_review', 'open', 'funder', input)).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('lets the funder ask a question in review, and needs the question', () => {
    expect(
      referralStep('in_review', 'request_info', 'funder', { ...input, question: 'Le budget 2027 ?' }),
    ).toEqual({
      ok: true,
      status: 'info_requested',
    });
    expect(referralStep('in_review', 'request_info', 'funder', { ...input, question: '  ' })).toEqual({
      ok: false,
      refusal: 'question_required',
    });
    expect(referralStep('sent', 'request_info', 'funder', { ...input, question: 'Q' })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
  });

  it('takes the referral back to review when the advisor or the holder answers', () => {
    expect(referralStep('info_requested', 'answer', 'advisor', input)).toEqual({
      ok: true,
      status: 'in_review',
    });
    expect(referralStep('info_requested', 'answer', 'holder', input)).toEqual({
      ok: true,
      status: 'in_review',
    });
    expect(referralStep('in_review', 'answer', 'holder', input)).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
    expect(referralStep('info_requested', 'answer', 'funder', input)).toEqual({
      ok: false,
      refusal: 'not_your_step',
    });
  });

  it('approves with a whole positive amount, not above the amount asked unless confirmed', () => {
    expect(referralStep('in_review', 'approve', 'funder', { ...input, grantedCents: ASKED })).toEqual({
      ok: true,
      status: 'approved',
    });
    expect(referralStep('sent', 'approve', 'funder', { ...input, grantedCents: 500_000 })).toEqual({
      ok: true,
      status: 'approved',
    });
    for (const grantedCents of [undefined, null, 0, -100, 12.5, Number.NaN]) {
      expect(referralStep('in_review', 'approve', 'funder', { ...input, grantedCents })).toEqual({
        ok: false,
        refusal: 'amount_invalid',
      });
    }
    expect(referralStep('in_review', 'approve', 'funder', { ...input, grantedCents: ASKED + 1 })).toEqual({
      ok: false,
      refusal: 'amount_above_asked',
    });
    expect(
      referralStep('in_review', 'approve', 'funder', {
        ...input,
        grantedCents: ASKED + 1,
        confirmAboveAsked: true,
      }),
    ).toEqual({ ok: true, status: 'approved' });
    // Waiting for an answer, the funder cannot approve yet; it may still decline.
    expect(referralStep('info_requested', 'approve', 'funder', { ...input, grantedCents: 1 })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
  });

  it('declines with a reason only', () => {
    expect(
      referralStep('info_requested', 'decline', 'funder', { ...input, reason: 'Hors critères' }),
    ).toEqual({
      ok: true,
      status: 'declined',
    });
    expect(referralStep('in_review', 'decline', 'funder', { ...input, reason: ' ' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('lets the advisor withdraw a referral not yet decided, and nobody else', () => {
    for (const status of ['sent', 'in_review', 'info_requested'] as const) {
      expect(referralStep(status, 'withdraw', 'advisor', input)).toEqual({ ok: true, status: 'withdrawn' });
      expect(referralStep(status, 'withdraw', 'funder', input)).toEqual({
        ok: false,
        refusal: 'not_your_step',
      });
      expect(referralStep(status, 'withdraw', 'holder', input)).toEqual({
        ok: false,
        refusal: 'not_your_step',
      });
    }
  });

  it('refuses any step on a decided or withdrawn referral: a second decision is refused as such', () => {
    for (const status of ['approved', 'declined', 'withdrawn'] as const) {
      expect(referralStep(status, 'approve', 'funder', { ...input, grantedCents: 1 })).toEqual({
        ok: false,
        refusal: 'already_final',
      });
      expect(referralStep(status, 'decline', 'funder', { ...input, reason: 'x' })).toEqual({
        ok: false,
        refusal: 'already_final',
      });
      expect(referralStep(status, 'withdraw', 'advisor', input)).toEqual({
        ok: false,
        refusal: 'already_final',
      });
    }
  });

  it('lets a holder do one thing only: answer a question asked of them', () => {
    expect(referralActions('info_requested', 'holder')).toEqual(['answer']);
    for (const status of REFERRAL_STATUSES.filter((s): s is ReferralStatus => s !== 'info_requested')) {
      expect(referralActions(status, 'holder')).toEqual([]);
    }
  });

  it('offers each party exactly the steps that will work', () => {
    expect(referralActions('sent', 'funder')).toEqual(['open', 'approve', 'decline']);
    expect(referralActions('in_review', 'funder')).toEqual(['request_info', 'approve', 'decline']);
    expect(referralActions('info_requested', 'funder')).toEqual(['decline']);
    expect(referralActions('in_review', 'advisor')).toEqual(['withdraw']);
    expect(referralActions('info_requested', 'advisor')).toEqual(['answer', 'withdraw']);
    for (const status of ['approved', 'declined', 'withdrawn'] as const) {
      expect(referralActions(status, 'funder')).toEqual([]);
      expect(referralActions(status, 'advisor')).toEqual([]);
    }
  });
});

describe('payments of an approved referral', () => {
  const approved = { status: 'approved' as const, grantedCents: 1_500_000, paidCents: 500_000 };

  it('records a payment up to what remains of the amount granted', () => {
    expect(checkDisbursement(approved, 1_000_000)).toEqual({ ok: true });
    expect(checkDisbursement(approved, 1_000_001)).toEqual({ ok: false, refusal: 'above_granted' });
  });

  it('refuses a payment that is not a positive whole number of cents', () => {
    for (const amount of [0, -1, 10.5, Number.POSITIVE_INFINITY]) {
      expect(checkDisbursement(approved, amount)).toEqual({ ok: false, refusal: 'amount_invalid' });
    }
  });

  it('refuses any payment on a referral that was not approved', () => {
    for (const status of ['sent', 'in_review', 'info_requested', 'declined', 'withdrawn'] as const) {
      expect(checkDisbursement({ status, grantedCents: null, paidCents: 0 }, 100)).toEqual({
        ok: false,
        refusal: 'not_approved',
      });
    }
  });

  it('knows an amount in cents when it sees one', () => {
    expect([0, 1, 1_500_000].map(isAmountCents)).toEqual([true, true, true]);
    expect([-1, 0.5, '100', null, Number.MAX_SAFE_INTEGER + 1].map(isAmountCents)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

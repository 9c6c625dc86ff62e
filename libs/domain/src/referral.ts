/**
 * The life of a referral to a funder (PRODUCT.md, "Referral"; journey 3), as pure functions:
 * which step each party may take from each state, what each needs, and the amount rules. The
 * API enforces them; the web app shows only the steps they allow.
 *
 *   sent → in_review → info_requested ⇄ in_review → approved | declined | withdrawn
 */

export const REFERRAL_STATUSES = [
  'sent',
  'in_review',
  'info_requested',
  'approved',
  'declined',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Decided or withdrawn: nothing moves a referral out of these. */
export const FINAL_REFERRAL_STATUSES = [
  'approved',
  'declined',
  'withdrawn',
] as const satisfies readonly ReferralStatus[];

export const REFERRAL_ACTIONS = ['open', 'request_info', 'answer', 'approve', 'decline', 'withdraw'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/**
 * Who acts: a funder of the referral's organisation, one of the case's advisors, or a holder
 * of the case's project (who may answer an information request, nothing else).
 */
export type ReferralParty = 'funder' | 'advisor' | 'holder';

export type ReferralRefusal =
  | 'already_final'
  | 'not_allowed'
  | 'not_your_step'
  | 'reason_required'
  | 'question_required'
  | 'amount_invalid'
  | 'amount_above_asked';

export interface ReferralStepInput {
  /** Why the funder declines; required to decline. */
  reason?: string | null;
  /** The funder's question; required to request information. */
  question?: string | null;
  /** Integer cents the referral asked for. */
  askedCents: number;
  /** Integer cents granted; required to approve. */
  grantedCents?: number | null;
  /** Granting more than was asked must be confirmed. */
  confirmAboveAsked?: boolean;
}

const STEPS: Record<
  ReferralAction,
  { from: readonly ReferralStatus[]; to: ReferralStatus; by: readonly ReferralParty[] }
> = {
  open: { from: ['sent'], to: 'in_review', by: ['funder'] },
  request_info: { from: ['in_review'], to: 'info_requested', by: ['funder'] },
  answer: { from: ['info_requested'], to: 'in_review', by: ['advisor', 'holder'] },
  approve: { from: ['sent', 'in_review'], to: 'approved', by: ['funder'] },
  decline: { from: ['sent', 'in_review', 'info_requested'], to: 'declined', by: ['funder'] },
  withdraw: { from: ['sent', 'in_review', 'info_requested'], to: 'withdrawn', by: ['advisor'] },
};

/** The steps a party may take on a referral in this state, in the order a menu shows them. */
export function referralActions(status: ReferralStatus, party: ReferralParty): ReferralAction[] {
  return REFERRAL_ACTIONS.filter(
    (action) => STEPS[action].from.includes(status) && STEPS[action].by.includes(party),
  );
}

/** Integer cents, zero or more. */
export function isAmountCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The state a step leads to, or why it is refused. A step on a decided or withdrawn referral is
 * `already_final` (a second decision: the API's 409); a step the state does not allow is
 * `not_allowed` (409); a party's step that is not theirs is `not_your_step` (403); missing or
 * bad input names what is wrong (400).
 */
export function referralStep(
  status: ReferralStatus,
  action: ReferralAction,
  party: ReferralParty,
  input: ReferralStepInput,
): { ok: true; status: ReferralStatus } | { ok: false; refusal: ReferralRefusal } {
  const step = STEPS[action];
  if (!step.by.includes(party)) return { ok: false, refusal: 'not_your_step' };
  if ((FINAL_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(status)) {
    return { ok: false, refusal: 'already_final' };
  }
  if (!step.from.includes(status)) return { ok: false, refusal: 'not_allowed' };
  if (action === 'decline' && !input.reason?.trim()) return { ok: false, refusal: 'reason_required' };
  if (action === 'request_info' && !input.question?.trim()) {
    return { ok: false, refusal: 'question_required' };
  }
  if (action === 'approve') {
    if (!isAmountCents(input.grantedCents) || input.grantedCents === 0) {
      return { ok: false, refusal: 'amount_invalid' };
    }
    if (input.grantedCents > input.askedCents && !input.confirmAboveAsked) {
      return { ok: false, refusal: 'amount_above_asked' };
    }
  }
  return { ok: true, status: step.to };
}

export type DisbursementRefusal = 'not_approved' | 'amount_invalid' | 'above_granted';

/**
 * Whether a payment may be recorded: on an approved referral only, a positive whole number of
 * cents, and never more in total than was granted.
 */
export function checkDisbursement(
  referral: { status: ReferralStatus; grantedCents: number | null; paidCents: number },
  amountCents: number,
): { ok: true } | { ok: false; refusal: DisbursementRefusal } {
  if (referral.status !== 'approved' || referral.grantedCents === null) {
    return { ok: false, refusal: 'not_approved' };
  }
  if (!isAmountCents(amountCents) || amountCents === 0) return { ok: false, refusal: 'amount_invalid' };
  if (referral.paidCents + amountCents > referral.grantedCents) {
    return { ok: false, refusal: 'above_granted' };
  }
  return { ok: true };
}

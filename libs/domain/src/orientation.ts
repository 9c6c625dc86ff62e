import type { OrientationStatus } from './cases';

/**
 * The life of an orientation to a partner (PRODUCT.md, "Orientation"), as one pure function:
 * the partner accepts or declines (with a reason) what was proposed, then completes what it
 * accepted. Declined and completed orientations are final. The API enforces it; the web app
 * shows only the answers it allows.
 */

export const ORIENTATION_ACTIONS = ['accept', 'decline', 'complete'] as const;
export type OrientationAction = (typeof ORIENTATION_ACTIONS)[number];

/** Still running: a case is not oriented twice to the same offer while one of these is open. */
export const OPEN_ORIENTATION_STATUSES = [
  'proposed',
  'accepted',
] as const satisfies readonly OrientationStatus[];

export type OrientationRefusal = 'not_allowed' | 'reason_required';

export interface OrientationMoveInput {
  /** Why the partner declines; required to decline. */
  reason?: string | null;
}

const TRANSITIONS: Record<OrientationAction, { from: OrientationStatus; to: OrientationStatus }> = {
  accept: { from: 'proposed', to: 'accepted' },
  decline: { from: 'proposed', to: 'declined' },
  complete: { from: 'accepted', to: 'completed' },
};

/** The answers the partner can give to an orientation in this status, in the order a menu shows them. */
export function orientationActions(status: OrientationStatus): OrientationAction[] {
  return ORIENTATION_ACTIONS.filter((action) => TRANSITIONS[action].from === status);
}

/** The status an answer leads to, or why it is refused (the API answers 409, or 400 for a missing reason). */
export function orientationMove(
  status: OrientationStatus,
  action: OrientationAction,
  input: OrientationMoveInput = {},
): { ok: true; status: OrientationStatus } | { ok: false; refusal: OrientationRefusal } {
  if (!orientationActions(status).includes(action)) return { ok: false, refusal: 'not_allowed' };
  if (action === 'decline' && !input.reason?.trim()) return { ok: false, refusal: 'reason_required' };
  return { ok: true, status: TRANSITIONS[action].to };
}

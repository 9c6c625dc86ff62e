import type { CaseStage } from './cases';

/**
 * The case workflow of PRODUCT.md, as one pure function: which moves a case allows, who may
 * make them and what each needs. The API enforces it; the web app shows only what it allows.
 */

export const CLOSURE_OUTCOMES = [
  'funded',
  'oriented_elsewhere',
  'completed',
  'abandoned',
  'not_eligible',
] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

/** The working stages, in order; `on_hold` and `closed` stand beside them. */
export const WORKING_STAGES = ['submitted', 'orientation', 'accompaniment', 'funding'] as const;
export type WorkingStage = (typeof WORKING_STAGES)[number];

export type MoveKind = 'take' | 'advance' | 'back' | 'hold' | 'resume' | 'close' | 'reopen';

export interface WorkflowCase {
  stage: CaseStage;
  /** The working stage a case on hold or closed left, to which resume and reopen return. */
  leftStage: WorkingStage | null;
  leadAdvisorId: string | null;
}

/** How the person asking stands towards the case; the API works it out from the records. */
export interface WorkflowActor {
  id: string;
  /** An advisor of the territory's operator, or a territory admin (the CRESS's staff). */
  operatorStaff: boolean;
  /** Lead, follower, advisor of a partner that accepted an orientation, or territory admin. */
  caseAdvisor: boolean;
  /** May reopen a closed case: its lead advisor or a territory admin. */
  mayReopen: boolean;
}

export interface Move {
  kind: MoveKind;
  to: CaseStage;
  /** A reason is required (going back, holding, closing, reopening). */
  needsReason: boolean;
  /** An outcome is required (closing). */
  needsOutcome: boolean;
}

export interface MoveRequest {
  to: CaseStage;
  reason?: string | null;
  outcome?: ClosureOutcome | null;
}

export type MoveRefusal =
  | 'same_stage'
  | 'not_allowed'
  | 'not_your_case'
  | 'reason_required'
  | 'outcome_required'
  | 'outcome_not_expected';

const isWorking = (stage: CaseStage): stage is WorkingStage =>
  (WORKING_STAGES as readonly string[]).includes(stage);
const rank = (stage: WorkingStage) => WORKING_STAGES.indexOf(stage);

/** Every move the actor can make on the case now, in the order a menu shows them. */
export function availableMoves(current: WorkflowCase, actor: WorkflowActor): Move[] {
  const move = (kind: MoveKind, to: CaseStage): Move => ({
    kind,
    to,
    needsReason: kind === 'back' || kind === 'hold' || kind === 'close' || kind === 'reopen',
    needsOutcome: kind === 'close',
  });
  const { stage } = current;

  if (stage === 'closed') {
    return actor.mayReopen && current.leftStage ? [move('reopen', current.leftStage)] : [];
  }
  if (stage === 'on_hold') {
    if (!actor.caseAdvisor) return [];
    return [...(current.leftStage ? [move('resume', current.leftStage)] : []), move('close', 'closed')];
  }
  if (stage === 'submitted') {
    // Taking the case makes the taker its lead advisor when it has none.
    const moves = actor.operatorStaff ? [move('take', 'orientation')] : [];
    if (actor.caseAdvisor) moves.push(move('hold', 'on_hold'), move('close', 'closed'));
    return moves;
  }
  if (!actor.caseAdvisor) return [];
  const forward = WORKING_STAGES.filter((next) => rank(next) > rank(stage)).map((next) =>
    move('advance', next),
  );
  const backward = WORKING_STAGES.filter(
    (earlier) => earlier !== 'submitted' && rank(earlier) < rank(stage),
  ).map((earlier) => move('back', earlier));
  return [...forward, ...backward, move('hold', 'on_hold'), move('close', 'closed')];
}

/** The move a request makes, or why it is refused (the API answers 409 with the reason). */
export function checkMove(
  current: WorkflowCase,
  actor: WorkflowActor,
  request: MoveRequest,
): { ok: true; move: Move } | { ok: false; refusal: MoveRefusal } {
  if (request.to === current.stage) return { ok: false, refusal: 'same_stage' };
  const move = availableMoves(current, actor).find((candidate) => candidate.to === request.to);
  if (!move) {
    const anyone: WorkflowActor = { id: actor.id, operatorStaff: true, caseAdvisor: true, mayReopen: true };
    const existsForSomeone = availableMoves(current, anyone).some((candidate) => candidate.to === request.to);
    return { ok: false, refusal: existsForSomeone ? 'not_your_case' : 'not_allowed' };
  }
  if (move.needsReason && !request.reason?.trim()) return { ok: false, refusal: 'reason_required' };
  if (move.needsOutcome && !request.outcome) return { ok: false, refusal: 'outcome_required' };
  if (!move.needsOutcome && request.outcome) return { ok: false, refusal: 'outcome_not_expected' };
  return { ok: true, move };
}

/** Where a case stands after a move: the stage it left is kept for resume and reopen. */
export function applyMove(current: WorkflowCase, actor: WorkflowActor, move: Move): WorkflowCase {
  const leftStage = isWorking(current.stage) ? current.stage : current.leftStage;
  switch (move.kind) {
    case 'take':
      return { stage: move.to, leftStage: null, leadAdvisorId: current.leadAdvisorId ?? actor.id };
    case 'advance':
    case 'back':
    case 'resume':
    case 'reopen':
      return { ...current, stage: move.to, leftStage: null };
    case 'hold':
    case 'close':
      return { ...current, stage: move.to, leftStage };
  }
}

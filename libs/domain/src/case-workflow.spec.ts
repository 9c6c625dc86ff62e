import { applyMove, availableMoves, checkMove, type WorkflowActor, type WorkflowCase } from './case-workflow';
import type { CaseStage } from './cases';

const operatorAdvisor: WorkflowActor = {
  id: 'karim',
  operatorStaff: true,
  caseAdvisor: false,
  mayReopen: false,
};
const lead: WorkflowActor = { id: 'karim', operatorStaff: true, caseAdvisor: true, mayReopen: true };
const follower: WorkflowActor = { id: 'lea', operatorStaff: false, caseAdvisor: true, mayReopen: false };
const stranger: WorkflowActor = { id: 'paul', operatorStaff: false, caseAdvisor: false, mayReopen: false };

const at = (stage: CaseStage, leftStage: WorkflowCase['leftStage'] = null): WorkflowCase => ({
  stage,
  leftStage,
  leadAdvisorId: stage === 'submitted' ? null : 'karim',
});
const targets = (current: WorkflowCase, actor: WorkflowActor) =>
  availableMoves(current, actor).map((move) => `${move.kind}:${move.to}`);

describe('the case workflow, transition by transition', () => {
  it('submitted → orientation: an advisor of the operator takes the case and becomes its lead', () => {
    const result = checkMove(at('submitted'), operatorAdvisor, { to: 'orientation' });
    expect(result).toEqual({ ok: true, move: expect.objectContaining({ kind: 'take' }) });
    if (!result.ok) throw new Error('refused');
    expect(applyMove(at('submitted'), operatorAdvisor, result.move)).toEqual({
      stage: 'orientation',
      leftStage: null,
      leadAdvisorId: 'karim',
    });
  });

  it('submitted → orientation keeps the lead advisor a case was given', () => {
    const given: WorkflowCase = { stage: 'submitted', leftStage: null, leadAdvisorId: 'claire' };
    const result = checkMove(given, operatorAdvisor, { to: 'orientation' });
    if (!result.ok) throw new Error('refused');
    expect(applyMove(given, operatorAdvisor, result.move).leadAdvisorId).toBe('claire');
  });

  it('submitted → orientation is not for an advisor of a partner', () => {
    expect(checkMove(at('submitted'), follower, { to: 'orientation' })).toEqual({
      ok: false,
      refusal: 'not_your_case',
    });
  });

  it('submitted cannot skip to accompaniment or funding', () => {
    expect(checkMove(at('submitted'), lead, { to: 'accompaniment' })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
    expect(checkMove(at('submitted'), lead, { to: 'funding' })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
  });

  it('orientation → accompaniment and accompaniment → funding: the case advisors, nothing needed', () => {
    expect(checkMove(at('orientation'), follower, { to: 'accompaniment' })).toMatchObject({ ok: true });
    expect(checkMove(at('accompaniment'), follower, { to: 'funding' })).toMatchObject({ ok: true });
  });

  it('orientation → funding: straight to funding when support is not needed', () => {
    expect(checkMove(at('orientation'), lead, { to: 'funding' })).toMatchObject({
      ok: true,
      move: { kind: 'advance' },
    });
  });

  it('a later stage → an earlier one needs a reason, and never goes back to submitted', () => {
    expect(checkMove(at('funding'), lead, { to: 'orientation' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(
      checkMove(at('funding'), lead, { to: 'orientation', reason: 'Le plan de financement est à revoir' }),
    ).toMatchObject({
      ok: true,
      move: { kind: 'back' },
    });
    expect(checkMove(at('accompaniment'), lead, { to: 'submitted', reason: 'x' })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
  });

  it('any working stage → on hold needs a reason; resume returns to the stage it left', () => {
    expect(checkMove(at('accompaniment'), follower, { to: 'on_hold' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    const held = checkMove(at('accompaniment'), follower, { to: 'on_hold', reason: 'Congé maternité' });
    if (!held.ok) throw new Error('refused');
    const onHold = applyMove(at('accompaniment'), follower, held.move);
    expect(onHold).toMatchObject({ stage: 'on_hold', leftStage: 'accompaniment' });
    expect(targets(onHold, follower)).toEqual(['resume:accompaniment', 'close:closed']);
    expect(checkMove(onHold, follower, { to: 'funding' })).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('closing needs a reason and an outcome; other moves take no outcome', () => {
    expect(checkMove(at('funding'), lead, { to: 'closed', reason: 'Financé' })).toEqual({
      ok: false,
      refusal: 'outcome_required',
    });
    expect(checkMove(at('funding'), lead, { to: 'closed', outcome: 'funded' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(
      checkMove(at('funding'), lead, { to: 'closed', reason: 'Prêt accordé', outcome: 'funded' }),
    ).toMatchObject({ ok: true });
    expect(checkMove(at('orientation'), lead, { to: 'accompaniment', outcome: 'funded' })).toEqual({
      ok: false,
      refusal: 'outcome_not_expected',
    });
  });

  it('a closed case reopens to the stage it left, by its lead advisor or a territory admin, with a reason', () => {
    const closed = applyMove(at('funding'), lead, {
      kind: 'close',
      to: 'closed',
      needsReason: true,
      needsOutcome: true,
    });
    expect(closed).toMatchObject({ stage: 'closed', leftStage: 'funding' });
    expect(targets(closed, lead)).toEqual(['reopen:funding']);
    expect(checkMove(closed, follower, { to: 'funding', reason: 'x' })).toEqual({
      ok: false,
      refusal: 'not_your_case',
    });
    expect(checkMove(closed, lead, { to: 'funding' })).toEqual({ ok: false, refusal: 'reason_required' });
  });

  it('a case closed from on hold reopens to the working stage it had left', () => {
    const onHold: WorkflowCase = { stage: 'on_hold', leftStage: 'orientation', leadAdvisorId: 'karim' };
    const closed = applyMove(onHold, lead, {
      kind: 'close',
      to: 'closed',
      needsReason: true,
      needsOutcome: true,
    });
    expect(targets(closed, lead)).toEqual(['reopen:orientation']);
  });

  it('someone who is not an advisor of the case can make no move', () => {
    for (const stage of ['orientation', 'accompaniment', 'funding', 'on_hold', 'closed'] as const) {
      expect(
        targets(at(stage, stage === 'on_hold' || stage === 'closed' ? 'orientation' : null), stranger),
      ).toEqual([]);
    }
  });

  it('moving to the stage the case is in is refused as such', () => {
    expect(checkMove(at('funding'), lead, { to: 'funding' })).toEqual({ ok: false, refusal: 'same_stage' });
  });

  it('lists, from accompaniment, the moves a menu shows: forward, back, hold, close', () => {
    expect(targets(at('accompaniment'), lead)).toEqual([
      'advance:funding',
      'back:orientation',
      'hold:on_hold',
      'close:closed',
    ]);
  });
});

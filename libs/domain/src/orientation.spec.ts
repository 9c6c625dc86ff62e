import { ORIENTATION_STATUSES } from './cases';
import { ORIENTATION_ACTIONS, orientationActions, orientationMove } from './orientation';

describe('the orientation state machine, transition by transition', () => {
  it('proposed → accepted: the partner accepts', () => {
    expect(orientationMove('proposed', 'accept')).toEqual({ ok: true, status: 'accepted' });
  });

  it('proposed → declined: the partner declines with a reason', () => {
    expect(orientationMove('proposed', 'decline', { reason: 'Hors de notre zone' })).toEqual({
      ok: true,
      status: 'declined',
    });
  });

  it('proposed → declined needs a reason, blank is none', () => {
    expect(orientationMove('proposed', 'decline')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(orientationMove('proposed', 'decline', { reason: null })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(orientationMove('proposed', 'decline', { reason: '   ' })).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('proposed cannot be completed before it is accepted', () => {
    expect(orientationMove('proposed', 'complete')).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('accepted → completed: the partner completes what it accepted', () => {
    expect(orientationMove('accepted', 'complete')).toEqual({ ok: true, status: 'completed' });
  });

  it('accepted can no longer be accepted again or declined', () => {
    expect(orientationMove('accepted', 'accept')).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(orientationMove('accepted', 'decline', { reason: 'Finalement non' })).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
  });

  it.each(['declined', 'completed'] as const)('%s is final: every answer is refused', (status) => {
    for (const action of ORIENTATION_ACTIONS) {
      expect(orientationMove(status, action, { reason: 'une raison' })).toEqual({
        ok: false,
        refusal: 'not_allowed',
      });
    }
  });

  it('a refused answer is refused as not allowed even without a reason', () => {
    expect(orientationMove('completed', 'decline')).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('lists the answers each status allows', () => {
    expect(
      Object.fromEntries(ORIENTATION_STATUSES.map((status) => [status, orientationActions(status)])),
    ).toEqual({
      proposed: ['accept', 'decline'],
      accepted: ['complete'],
      declined: [],
      completed: [],
    });
  });
});

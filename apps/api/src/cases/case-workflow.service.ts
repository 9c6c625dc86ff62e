import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyMove, checkMove, type MoveRefusal } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import type { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import { type CaseAccess, lockCaseForWrite } from './case-access';
import type { MoveCaseDto } from './dto/case.dto';

const REFUSALS: Record<MoveRefusal, AppError> = {
  same_stage: new AppError('conflict', 'The case is already at this stage.'),
  not_allowed: new AppError('conflict', 'The workflow does not allow this move from the current stage.'),
  not_your_case: new AppError(
    'conflict',
    'Only the advisors of this case (or its lead, to reopen it) can make this move.',
  ),
  reason_required: AppError.invalidField('reason', 'required', 'reason is required for this move'),
  outcome_required: AppError.invalidField('outcome', 'required', 'outcome is required to close a case'),
  outcome_not_expected: AppError.invalidField(
    'outcome',
    'not_expected',
    'outcome is only given to close a case',
  ),
};

@Injectable()
export class CaseWorkflowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Moves a case through the workflow, in one transaction with its case event: the case row is
   * locked, its version checked (409 when someone changed it since), the move checked by the
   * domain's rules (409 when not allowed, 400 when a reason or an outcome is missing).
   */
  async move(user: User, caseId: string, request: MoveCaseDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await moveLockedCase(
        manager,
        user,
        await lockCaseForWrite(manager, user, caseId, request.version),
        request,
      );
    });
  }
}

/**
 * A move of a case the caller has locked (`lockCaseForWrite`), with its `stage_changed` event, in
 * the caller's transaction: for the moves route, and for a step that moves the case as it goes
 * (sending referrals moves it to funding). Returns the case's new version.
 */
export async function moveLockedCase(
  manager: EntityManager,
  user: User,
  { caseFile, actor }: CaseAccess,
  request: Pick<MoveCaseDto, 'to' | 'reason' | 'outcome'>,
): Promise<number> {
  const checked = checkMove(caseFile, actor, request);
  if (!checked.ok) throw REFUSALS[checked.refusal];

  const next = applyMove(caseFile, actor, checked.move);
  const now = new Date();
  const version = caseFile.version + 1;
  await manager.update(CaseFile, caseFile.id, {
    stage: next.stage,
    leftStage: next.leftStage,
    leadAdvisorId: next.leadAdvisorId,
    closureOutcome:
      checked.move.kind === 'close'
        ? (request.outcome ?? null)
        : checked.move.kind === 'reopen'
          ? null
          : caseFile.closureOutcome,
    stageEnteredAt: { ...caseFile.stageEnteredAt, [next.stage]: now.toISOString() },
    version,
  });
  await manager.insert(CaseEvent, {
    caseId: caseFile.id,
    territoryId: caseFile.territoryId,
    kind: 'stage_changed',
    // The holder sees where the case stands; the reason stays with the staff (see CasesService).
    visibility: 'shared',
    actorId: user.id,
    payload: {
      from: caseFile.stage,
      to: next.stage,
      move: checked.move.kind,
      ...(request.reason?.trim() ? { reason: request.reason.trim() } : {}),
      ...(request.outcome ? { outcome: request.outcome } : {}),
    },
  });
  // What the rest of the transaction sees of the case.
  Object.assign(caseFile, { stage: next.stage, leadAdvisorId: next.leadAdvisorId, version });
  return version;
}

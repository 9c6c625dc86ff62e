import type { EntityManager, ObjectLiteral } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { accessCase, type CaseAccess } from '../cases/case-access';
import { CaseEvent, type CaseEventVisibility } from '../cases/case-event.entity';
import type { CaseFile } from '../cases/case-file.entity';
import type { User } from '../users/user.entity';

/**
 * The case of a note or a task, as the caller may see it. A record of a case they may not see
 * does not exist for them: the 404 names the record, not its case.
 */
export async function accessCaseOf(
  manager: EntityManager,
  user: User,
  caseId: string,
  record: string,
): Promise<CaseAccess> {
  try {
    return await accessCase(manager, user, caseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound(record);
    throw error;
  }
}

/** Whether this user may see the case: for people a record is about (a task's assignee). */
export async function canSeeCase(manager: EntityManager, user: User, caseId: string): Promise<boolean> {
  try {
    await accessCase(manager, user, caseId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
}

/** A row of the case's timeline, written in the transaction of the change it records. */
export async function addCaseEvent(
  manager: EntityManager,
  caseFile: Pick<CaseFile, 'id' | 'territoryId'>,
  actor: User,
  kind: string,
  visibility: CaseEventVisibility,
  payload: Record<string, string | number | string[]>,
): Promise<void> {
  await manager.insert(CaseEvent, {
    caseId: caseFile.id,
    territoryId: caseFile.territoryId,
    kind,
    visibility,
    actorId: actor.id,
    payload,
  });
}

/** A sub-record row, locked for the rest of the transaction; 404 when there is none. */
export async function lockRecord<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: new () => E,
  id: string,
  record: string,
): Promise<E> {
  const row = await manager
    .getRepository(entity)
    .createQueryBuilder('record')
    .where('record.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) throw notFound(record);
  return row;
}

/** The 409 of an edit that started from a version someone else has since replaced. */
export function staleRecord(record: string): AppError {
  return new AppError(
    'conflict',
    `Someone changed this ${record} since you opened it: reload it to see what changed.`,
  );
}

import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import type { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';

/**
 * The caller's territory's case, locked for the rest of the transaction, at the version the
 * caller decided on: 404 for a case they cannot see, 409 when someone changed it since.
 */
export async function lockCaseForWrite(
  manager: EntityManager,
  user: User,
  caseId: string,
  version: number,
): Promise<CaseFile> {
  const caseFile = await manager
    .getRepository(CaseFile)
    .createQueryBuilder('case')
    .setLock('pessimistic_write')
    .where('case.id = :caseId AND case.territoryId = :territoryId', { caseId, territoryId: user.territoryId })
    .getOne();
  if (!caseFile) throw notFound('Case');
  if (caseFile.version !== version) {
    throw new AppError(
      'conflict',
      'Someone changed this case since you opened it: reload it to see what changed.',
    );
  }
  return caseFile;
}

/** A territory admin, or an advisor of the territory's operator (the CRESS's staff). */
export function isOperatorStaff(user: User, operatorOrganisationId: string | null): boolean {
  return (
    user.role === 'territory_admin' ||
    (user.role === 'advisor' &&
      user.organisationId !== null &&
      user.organisationId === operatorOrganisationId)
  );
}

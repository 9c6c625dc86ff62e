import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { accessCase, isOperatorStaff } from '../cases/case-access';
import { checkAssignees, writeAssignment } from '../cases/case-assignment.service';
import type { CaseFile } from '../cases/case-file.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Territory } from '../territories/territory.entity';
import type { User } from '../users/user.entity';
import type { BulkAssignDto } from './dto/case-list.dto';

/** Gives several cases one lead advisor at once: the operator's staff, from the case list. */
@Injectable()
export class BulkAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** All or nothing, in one transaction; answers how many cases were assigned. */
  async assign(user: User, request: BulkAssignDto): Promise<number> {
    const versions = new Map(request.cases.map(({ id, version }) => [id.toLowerCase(), version]));
    if (versions.size !== request.cases.length) {
      throw AppError.invalidField('cases', 'duplicate', 'cases lists the same case more than once');
    }
    return this.dataSource.transaction(async (manager) => {
      await requireOperatorStaff(manager, user);
      // Locked in id order, so that two bulk assignments sharing cases queue instead of deadlocking.
      const locked: CaseFile[] = [];
      for (const [id, version] of [...versions].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const { caseFile } = await accessCase(manager, user, id, { lock: true });
        if (caseFile.version !== version) {
          throw new AppError(
            'conflict',
            `Someone changed case ${caseFile.reference} since the list was loaded: reload the list and try again. Nothing was assigned.`,
          );
        }
        locked.push(caseFile);
      }
      const assignment = { leadAdvisorId: request.leadAdvisorId };
      await checkAssignees(manager, user.territoryId ?? '', assignment);
      for (const caseFile of locked) {
        await writeAssignment(manager, user, caseFile, assignment, this.notifications);
      }
      return locked.length;
    });
  }
}

async function requireOperatorStaff(manager: EntityManager, user: User): Promise<void> {
  const territory = user.territoryId
    ? await manager.findOne(Territory, { where: { id: user.territoryId } })
    : null;
  if (!isOperatorStaff(user, territory?.operatorOrganisationId ?? null)) {
    throw new AppError(
      'forbidden',
      'Only the territory’s admins and the operator’s advisors assign several cases at once.',
    );
  }
}

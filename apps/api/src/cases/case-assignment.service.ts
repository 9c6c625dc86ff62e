import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AppError } from '../common/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { caseLabel, caseLink } from '../notifications/recipients';
import { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import { CaseFollower } from './case-follower.entity';
import { lockCaseForWrite } from './case-access';
import type { AssignCaseDto } from './dto/case.dto';

/** A case's new lead advisor, and its followers when they change too. */
export interface Assignment {
  leadAdvisorId: string;
  /** Replaces the followers; left out, they stay (less the new lead). */
  followerIds?: string[];
}

/** 400 naming the field unless everyone assigned is an active advisor of the territory. */
export async function checkAssignees(
  manager: EntityManager,
  territoryId: string,
  assignment: Assignment,
): Promise<void> {
  const followerIds = assignment.followerIds ?? [];
  const advisors = await manager.find(User, {
    where: {
      id: In([assignment.leadAdvisorId, ...followerIds]),
      territoryId,
      role: 'advisor',
      status: 'active',
    },
  });
  const known = new Set(advisors.map((advisor) => advisor.id));
  if (!known.has(assignment.leadAdvisorId)) {
    throw AppError.invalidField(
      'leadAdvisorId',
      'not_an_advisor',
      'leadAdvisorId is not an active advisor of the territory',
    );
  }
  const stranger = followerIds.find((id) => !known.has(id));
  if (stranger) {
    throw AppError.invalidField(
      'followerIds',
      'not_an_advisor',
      `${stranger} is not an active advisor of the territory`,
    );
  }
}

/**
 * Writes an assignment to a case locked by the caller, with its internal `assigned` event, and
 * tells the advisors newly on the case (`case_assigned`; not the caller).
 */
export async function writeAssignment(
  manager: EntityManager,
  actor: User,
  caseFile: CaseFile,
  assignment: Assignment,
  notifications: NotificationsService,
): Promise<void> {
  const { leadAdvisorId, followerIds } = assignment;
  const before = new Set(
    (await manager.find(CaseFollower, { where: { caseId: caseFile.id } })).map((row) => row.userId),
  );
  if (caseFile.leadAdvisorId) before.add(caseFile.leadAdvisorId);
  await manager.update(CaseFile, caseFile.id, { leadAdvisorId, version: caseFile.version + 1 });
  if (followerIds === undefined) {
    await manager.delete(CaseFollower, { caseId: caseFile.id, userId: leadAdvisorId });
  } else {
    await manager.delete(CaseFollower, { caseId: caseFile.id });
    if (followerIds.length > 0) {
      await manager.insert(
        CaseFollower,
        followerIds.map((userId) => ({ caseId: caseFile.id, userId })),
      );
    }
  }
  await manager.insert(CaseEvent, {
    caseId: caseFile.id,
    territoryId: caseFile.territoryId,
    kind: 'assigned',
    visibility: 'internal',
    actorId: actor.id,
    payload: {
      previousLeadAdvisorId: caseFile.leadAdvisorId ?? undefined,
      leadAdvisorId,
      ...(followerIds === undefined ? {} : { followerIds }),
    },
  });
  const newcomers = [leadAdvisorId, ...(followerIds ?? [])].filter((id) => !before.has(id));
  await notifications.notify(manager, {
    kind: 'case_assigned',
    recipientIds: newcomers,
    link: caseLink(caseFile.id),
    params: await caseLabel(manager, caseFile),
    caseId: caseFile.id,
    territoryId: caseFile.territoryId,
    actorId: actor.id,
  });
}

/**
 * Gives a case its lead advisor and followers. Territory admins, advisors of the operator and
 * the case's current lead may assign; the people assigned are active advisors of the territory.
 */
@Injectable()
export class CaseAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async assign(user: User, caseId: string, request: AssignCaseDto): Promise<void> {
    const followerIds = [...new Set(request.followerIds ?? [])].filter((id) => id !== request.leadAdvisorId);
    await this.dataSource.transaction(async (manager) => {
      const { caseFile, actor } = await lockCaseForWrite(manager, user, caseId, request.version);
      if (!actor.operatorStaff && caseFile.leadAdvisorId !== user.id) {
        throw new AppError(
          'forbidden',
          'Only the operator’s advisors, the territory’s admins and the lead advisor assign a case.',
        );
      }
      const assignment = { leadAdvisorId: request.leadAdvisorId, followerIds };
      await checkAssignees(manager, caseFile.territoryId, assignment);
      await writeAssignment(manager, user, caseFile, assignment, this.notifications);
    });
  }
}

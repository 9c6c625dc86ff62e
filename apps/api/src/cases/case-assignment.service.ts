import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { AppError } from '../common/app-error';
import { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import { CaseFollower } from './case-follower.entity';
import { lockCaseForWrite } from './case-access';
import type { AssignCaseDto } from './dto/case.dto';

/**
 * Gives a case its lead advisor and followers. Territory admins, advisors of the operator and
 * the case's current lead may assign; the people assigned are active advisors of the territory.
 */
@Injectable()
export class CaseAssignmentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
      const advisors = await manager.find(User, {
        where: {
          id: In([request.leadAdvisorId, ...followerIds]),
          territoryId: caseFile.territoryId,
          role: 'advisor',
          status: 'active',
        },
      });
      const known = new Set(advisors.map((advisor) => advisor.id));
      if (!known.has(request.leadAdvisorId)) {
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

      await manager.update(CaseFile, caseFile.id, {
        leadAdvisorId: request.leadAdvisorId,
        version: caseFile.version + 1,
      });
      await manager.delete(CaseFollower, { caseId: caseFile.id });
      if (followerIds.length > 0) {
        await manager.insert(
          CaseFollower,
          followerIds.map((userId) => ({ caseId: caseFile.id, userId })),
        );
      }
      await manager.insert(CaseEvent, {
        caseId: caseFile.id,
        territoryId: caseFile.territoryId,
        kind: 'assigned',
        visibility: 'internal',
        actorId: user.id,
        payload: {
          previousLeadAdvisorId: caseFile.leadAdvisorId ?? undefined,
          leadAdvisorId: request.leadAdvisorId,
          followerIds,
        },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableMoves } from '@essaim/domain';
import type { DataSource } from 'typeorm';
import { ProjectMember } from '../projects/project-member.entity';
import type { User } from '../users/user.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFile } from './case-file.entity';
import { CaseFollower } from './case-follower.entity';
import { accessCase } from './case-access';
import type { CaseDto, CaseSummaryDto } from './dto/case.dto';

@Injectable()
export class CasesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cases of the projects the holder holds or co-holds, newest first. */
  async listForHolder(user: User): Promise<CaseSummaryDto[]> {
    const cases = await this.dataSource
      .getRepository(CaseFile)
      .createQueryBuilder('case')
      .innerJoin(ProjectMember, 'member', 'member.projectId = case.projectId AND member.userId = :userId', {
        userId: user.id,
      })
      .innerJoinAndSelect('case.project', 'project')
      .orderBy('case.submittedAt', 'DESC')
      .addOrderBy('case.reference', 'DESC')
      .getMany();
    return cases.map((caseFile) => ({
      id: caseFile.id,
      reference: caseFile.reference,
      stage: caseFile.stage,
      submittedAt: caseFile.submittedAt.toISOString(),
      project: { id: caseFile.projectId, name: caseFile.project?.name ?? '' },
    }));
  }

  private async followersOf(caseId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(CaseFollower)
      .find({ where: { caseId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => row.userId);
  }

  /** Holders see the shared timeline; staff of the territory see all of it. */
  async get(user: User, caseId: string): Promise<CaseDto> {
    const { caseFile, reader, actor } = await accessCase(this.dataSource.manager, user, caseId);
    const events = await this.dataSource.getRepository(CaseEvent).find({
      where: reader === 'holder' ? { caseId, visibility: 'shared' } : { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      id: caseFile.id,
      reference: caseFile.reference,
      stage: caseFile.stage,
      stageEnteredAt: caseFile.stageEnteredAt,
      submittedAt: caseFile.submittedAt.toISOString(),
      project: { id: caseFile.projectId, name: caseFile.project?.name ?? '' },
      diagnosticId: caseFile.diagnosticId,
      events: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        visibility: event.visibility,
        createdAt: event.createdAt.toISOString(),
        payload: reader === 'holder' ? withoutStaffOnly(event.payload) : event.payload,
      })),
      version: caseFile.version,
      leadAdvisorId: caseFile.leadAdvisorId,
      followerIds: reader === 'staff' ? await this.followersOf(caseId) : [],
      closureOutcome: caseFile.closureOutcome,
      moves: reader === 'staff' ? availableMoves(caseFile, actor) : [],
    };
  }
}

/** A stage change's reason is for the staff; the holder sees the move itself. */
function withoutStaffOnly(payload: Record<string, unknown>): Record<string, unknown> {
  const { reason: _reason, ...shared } = payload;
  return shared;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '../users/user.entity';
import type { ProjectRole } from './dto/project.dto';
import { ProjectMember, type ProjectMemberRole } from './project-member.entity';
import { notFound } from '../common/app-error';

/**
 * Who may see and change a project and what hangs from it (diagnostics, cases), in one place:
 * its holders (the rows of project_member) read and write; advisors and admins of its
 * territory read it once it has a case. Anyone else gets a 404, as if it did not exist.
 */
@Injectable()
export class ProjectAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's role on a project they may read; 404 otherwise. */
  async readable(user: User, projectId: string, manager?: EntityManager): Promise<ProjectRole> {
    const rows: { territory_id: string; member_role: ProjectMemberRole | null; has_case: boolean }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT p.territory_id,
                (SELECT m.role FROM project_member m WHERE m.project_id = p.id AND m.user_id = $2) AS member_role,
                EXISTS (SELECT 1 FROM case_file c WHERE c.project_id = p.id) AS has_case
           FROM project p WHERE p.id = $1`,
      [projectId, user.id],
    );
    const row = rows[0];
    if (row) {
      if (row.member_role && can(user.role, 'project:manage-own')) return row.member_role;
      if (row.has_case && this.isTerritoryStaff(user, row.territory_id)) return 'staff';
    }
    throw notFound('Project');
  }

  /** The caller's holder role on a project they hold or co-hold; 404 otherwise. */
  async held(user: User, projectId: string, manager?: EntityManager): Promise<ProjectMemberRole> {
    if (!can(user.role, 'project:manage-own')) throw notFound('Project');
    const rows: { role: ProjectMemberRole }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT role FROM project_member WHERE project_id = $1 AND user_id = $2`,
      [projectId, user.id],
    );
    if (!rows[0]) throw notFound('Project');
    return rows[0].role;
  }

  /**
   * How the caller reads a diagnostic: as a holder of its project, or as staff of its
   * territory once it is submitted (it then has a case); 404 otherwise.
   */
  async diagnosticReader(
    user: User,
    diagnostic: { projectId: string; territoryId: string; status: 'draft' | 'submitted' },
  ): Promise<Reader> {
    if (can(user.role, 'project:manage-own') && (await this.isMember(user, diagnostic.projectId))) {
      return 'holder';
    }
    if (diagnostic.status === 'submitted' && this.isTerritoryStaff(user, diagnostic.territoryId))
      return 'staff';
    throw notFound('Diagnostic');
  }

  /** How the caller reads a case: holders of its project (`case:read-own`), staff of its territory. */
  async caseReader(user: User, caseFile: { projectId: string; territoryId: string }): Promise<Reader> {
    if (can(user.role, 'case:read-own') && (await this.isMember(user, caseFile.projectId))) return 'holder';
    if (this.isTerritoryStaff(user, caseFile.territoryId)) return 'staff';
    throw notFound('Case');
  }

  /** Advisors and admins who work the cases of this territory (`case:work`). */
  isTerritoryStaff(user: User, territoryId: string): boolean {
    return can(user.role, 'case:work') && user.territoryId === territoryId;
  }

  private async isMember(user: User, projectId: string): Promise<boolean> {
    return this.dataSource.getRepository(ProjectMember).existsBy({ projectId, userId: user.id });
  }
}

export type Reader = 'holder' | 'staff';

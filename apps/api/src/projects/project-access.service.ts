import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '../users/user.entity';
import type { ProjectRole } from './dto/project.dto';
import { ProjectMember, type ProjectMemberRole } from './project-member.entity';
import { notFound } from '../common/app-error';
import { staffScope } from '../cases/case-access';

/**
 * Who may see and change a project and what hangs from it (diagnostics), in one place: its
 * holders (the rows of project_member) read and write; staff read it once it has a case they
 * may see (see cases/case-access.ts). Anyone else gets a 404, as if it did not exist.
 */
@Injectable()
export class ProjectAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's role on a project they may read; 404 otherwise. */
  async readable(user: User, projectId: string, manager?: EntityManager): Promise<ProjectRole> {
    const db = manager ?? this.dataSource.manager;
    const scope = await staffScope(db, user, 'c', 3);
    const rows: { member_role: ProjectMemberRole | null; staff_case: boolean }[] = await db.query(
      `SELECT (SELECT m.role FROM project_member m WHERE m.project_id = p.id AND m.user_id = $2) AS member_role,
              EXISTS (SELECT 1 FROM case_file c WHERE c.project_id = p.id AND ${scope.sql}) AS staff_case
         FROM project p WHERE p.id = $1`,
      [projectId, user.id, ...scope.params],
    );
    const row = rows[0];
    if (row) {
      if (row.member_role && can(user.role, 'project:manage-own')) return row.member_role;
      if (row.staff_case) return 'staff';
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
    diagnostic: { id: string; projectId: string; status: 'draft' | 'submitted' },
  ): Promise<Reader> {
    if (can(user.role, 'project:manage-own') && (await this.isMember(user, diagnostic.projectId))) {
      return 'holder';
    }
    if (diagnostic.status === 'submitted') {
      const scope = await staffScope(this.dataSource.manager, user, 'c', 2);
      const [{ visible }]: { visible: boolean }[] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.diagnostic_id = $1 AND ${scope.sql}) AS visible`,
        [diagnostic.id, ...scope.params],
      );
      if (visible) return 'staff';
    }
    throw notFound('Diagnostic');
  }

  private async isMember(user: User, projectId: string): Promise<boolean> {
    return this.dataSource.getRepository(ProjectMember).existsBy({ projectId, userId: user.id });
  }
}

export type Reader = 'holder' | 'staff';

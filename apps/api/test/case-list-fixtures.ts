import type { CasePriority, CaseStage, OrientationStatus } from '@essaim/domain';
import { CaseFollower } from '../src/cases/case-follower.entity';
import { CaseTask } from '../src/cases/case-task.entity';
import { Orientation } from '../src/cases/orientation.entity';
import type { Offer } from '../src/directory/offer.entity';
import type { Project } from '../src/projects/project.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { User } from '../src/users/user.entity';
import { answeredDiagnostic, newProject, SMALL_ANSWERS } from './holder-journey-fixtures';
import type { Agent, TestContext } from './test-app';

export interface OpenedCase {
  id: string;
  reference: string;
}

/** A case opened the holder's way, for a project with these details. */
export async function openCase(
  ctx: TestContext,
  holder: User,
  holderAgent: Agent,
  commune: Commune,
  project: Partial<Project> = {},
): Promise<OpenedCase> {
  const { id: projectId } = await newProject(ctx, holder, commune, project);
  const diagnosticId = await answeredDiagnostic(holderAgent, projectId, SMALL_ANSWERS);
  const { body } = await holderAgent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
  return { id: body.case.id as string, reference: body.case.reference as string };
}

export interface CaseState {
  stage?: CaseStage;
  leadAdvisorId?: string | null;
  priority?: CasePriority;
  submittedAt?: string;
  lastEventAt?: string;
  /** When the case entered its current stage. */
  stageEnteredAt?: string;
}

/** Puts a case in a state straight in the table, as if its history had happened. */
export async function setCase(ctx: TestContext, caseId: string, state: CaseState): Promise<void> {
  const columns: Record<keyof CaseState, string> = {
    stage: 'stage',
    leadAdvisorId: 'lead_advisor_id',
    priority: 'priority',
    submittedAt: 'submitted_at',
    lastEventAt: 'last_event_at',
    stageEnteredAt: 'stage_entered_at',
  };
  const entries = Object.entries(state) as [keyof CaseState, unknown][];
  if (entries.length === 0) return;
  const sets = entries.map(([key], index) =>
    key === 'stageEnteredAt'
      ? `stage_entered_at = jsonb_build_object(stage, $${index + 2}::text)`
      : `${columns[key]} = $${index + 2}`,
  );
  // Stage first, with the time it entered it, as the workflow does; stage_entered_at then keys on it.
  if (state.stage) {
    await ctx.dataSource.query(
      `UPDATE case_file SET stage = $2::varchar, stage_entered_at = stage_entered_at || jsonb_build_object($2::text, $3::text)
        WHERE id = $1`,
      [caseId, state.stage, new Date().toISOString()],
    );
  }
  await ctx.dataSource.query(`UPDATE case_file SET ${sets.join(', ')} WHERE id = $1`, [
    caseId,
    ...entries.map(([, value]) => value),
  ]);
}

export function follow(ctx: TestContext, caseId: string, user: User): Promise<unknown> {
  return ctx.dataSource.getRepository(CaseFollower).insert({ caseId, userId: user.id });
}

export async function addTask(
  ctx: TestContext,
  caseId: string,
  assignee: User,
  dueDate: string,
  options: { done?: boolean; title?: string } = {},
): Promise<CaseTask> {
  return ctx.dataSource.getRepository(CaseTask).save({
    caseId,
    title: options.title ?? `Rappeler le porteur avant le ${dueDate}`,
    dueDate,
    assigneeId: assignee.id,
    createdById: assignee.id,
    doneAt: options.done ? new Date() : null,
    doneById: options.done ? assignee.id : null,
  });
}

export function addOrientation(
  ctx: TestContext,
  caseId: string,
  offer: Offer,
  status: OrientationStatus,
  proposedBy: User,
): Promise<Orientation> {
  return ctx.dataSource.getRepository(Orientation).save({
    caseId,
    territoryId: offer.territoryId,
    organisationId: offer.organisationId,
    offerId: offer.id,
    message: 'Un accompagnement à la création de coopérative conviendrait.',
    status,
    proposedById: proposedBy.id,
  });
}

/** A day as YYYY-MM-DD, `days` from today (negative: in the past). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant `days` ago. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

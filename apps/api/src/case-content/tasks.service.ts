import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AppError } from '../common/app-error';
import { accessCase } from '../cases/case-access';
import type { CaseFile } from '../cases/case-file.entity';
import { CaseTask } from '../cases/case-task.entity';
import { toPerson } from '../users/person.dto';
import { User } from '../users/user.entity';
import { accessCaseOf, addCaseEvent, canSeeCase, lockRecord, staleRecord } from './case-records';
import type { CreateTaskDto, TaskDto, UpdateTaskDto } from './dto/task.dto';

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar day in France (`YYYY-MM-DD`): due dates are French days. */
export function todayInParis(now = new Date()): string {
  return parisDay.format(now);
}

/** A task as the API shows it; `assignee` and `createdBy` must be loaded. */
export function toTaskDto(task: CaseTask, today = todayInParis()): TaskDto {
  const done = task.doneAt !== null;
  return {
    id: task.id,
    caseId: task.caseId,
    title: task.title,
    dueDate: task.dueDate,
    assignee: toPerson(task.assignee!),
    createdBy: toPerson(task.createdBy!),
    done,
    doneAt: task.doneAt?.toISOString() ?? null,
    overdue: !done && task.dueDate < today,
    version: task.version,
  };
}

/** Open tasks first, soonest due first; then done ones, most recently done first. */
function byOpenThenDue(a: CaseTask, b: CaseTask): number {
  if (a.doneAt === null && b.doneAt === null) {
    return a.dueDate.localeCompare(b.dueDate) || a.createdAt.getTime() - b.createdAt.getTime();
  }
  if (a.doneAt === null) return -1;
  if (b.doneAt === null) return 1;
  return b.doneAt.getTime() - a.doneAt.getTime();
}

/** Tasks on a case: the staff's own to-do list, never shown to holders. */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: User, caseId: string): Promise<TaskDto[]> {
    await accessCase(this.dataSource.manager, user, caseId);
    const tasks = await this.dataSource.getRepository(CaseTask).find({
      where: { caseId },
      relations: { assignee: true, createdBy: true },
    });
    const today = todayInParis();
    return tasks.sort(byOpenThenDue).map((task) => toTaskDto(task, today));
  }

  async create(user: User, caseId: string, input: CreateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const { caseFile } = await accessCase(manager, user, caseId);
      const assigneeId = input.assigneeId ?? user.id;
      await checkAssignee(manager, caseFile, assigneeId);
      const { identifiers } = await manager.insert(CaseTask, {
        caseId,
        title: input.title,
        dueDate: input.dueDate,
        assigneeId,
        createdById: user.id,
      });
      const taskId = String(identifiers[0]?.['id']);
      await addCaseEvent(manager, caseFile, user, 'task_added', 'internal', { taskId, title: input.title });
      return read(manager, taskId);
    });
  }

  /** Staff who see its case edit a task; marking it done records who and when, and an event. */
  async update(user: User, taskId: string, input: UpdateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const task = await lockRecord(manager, CaseTask, taskId, 'Task');
      const { caseFile } = await accessCaseOf(manager, user, task.caseId, 'Task');
      if (task.version !== input.version) throw staleRecord('task');
      if (input.assigneeId !== undefined && input.assigneeId !== task.assigneeId) {
        await checkAssignee(manager, caseFile, input.assigneeId);
      }
      const changes: Partial<CaseTask> = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
      };
      const markedDone = input.done === true && task.doneAt === null;
      if (markedDone) Object.assign(changes, { doneAt: new Date(), doneById: user.id });
      if (input.done === false && task.doneAt !== null)
        Object.assign(changes, { doneAt: null, doneById: null });
      if (Object.keys(changes).length > 0) {
        // The update builder raises the version and updatedAt itself.
        await manager.createQueryBuilder().update(CaseTask).set(changes).whereInIds(taskId).execute();
      }
      if (Object.keys(changes).length > 0) {
        // Every write leaves its trace: done, reopened, or edited (which fields).
        const kind = markedDone
          ? 'task_done'
          : input.done === false && task.doneAt !== null
            ? 'task_reopened'
            : 'task_updated';
        await addCaseEvent(manager, caseFile, user, kind, 'internal', {
          taskId,
          title: changes.title ?? task.title,
          ...(kind === 'task_updated' ? { changed: Object.keys(changes).sort() } : {}),
        });
      }
      return read(manager, taskId);
    });
  }
}

async function read(manager: EntityManager, taskId: string): Promise<TaskDto> {
  return toTaskDto(
    await manager.findOneOrFail(CaseTask, {
      where: { id: taskId },
      relations: { assignee: true, createdBy: true },
    }),
  );
}

/** A task goes to an active advisor or admin of the case's territory who sees the case. */
async function checkAssignee(manager: EntityManager, caseFile: CaseFile, assigneeId: string): Promise<void> {
  const assignee = await manager.findOneBy(User, {
    id: assigneeId,
    territoryId: caseFile.territoryId,
    role: In(['advisor', 'territory_admin']),
    status: 'active',
  });
  if (!assignee) {
    throw AppError.invalidField(
      'assigneeId',
      'not_an_advisor',
      'assigneeId is not an active advisor or admin of the territory',
    );
  }
  if (!(await canSeeCase(manager, assignee, caseFile.id))) {
    throw AppError.invalidField(
      'assigneeId',
      'cannot_see_case',
      'assigneeId does not follow this case: give them the case first',
    );
  }
}

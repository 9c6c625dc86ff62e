import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationsService } from './notifications.service';
import { caseLink } from './recipients';

interface DueTask {
  id: string;
  title: string;
  due_date: string;
  assignee_id: string;
  case_id: string;
  territory_id: string;
  reference: string;
  project_name: string;
  kind: 'task_due_tomorrow' | 'task_overdue';
}

/**
 * Open tasks due tomorrow, and open tasks past their day (in Paris), of cases not closed: their
 * assignee is told once per task and kind (the notification table remembers it).
 */
const DUE_TASKS = `
  WITH today AS (SELECT ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date AS day)
  SELECT t.id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.assignee_id, c.id AS case_id,
         c.territory_id, c.reference, p.name AS project_name,
         CASE WHEN t.due_date < today.day THEN 'task_overdue' ELSE 'task_due_tomorrow' END AS kind
    FROM case_task t CROSS JOIN today
    JOIN case_file c ON c.id = t.case_id
    JOIN project p ON p.id = c.project_id
   WHERE t.done_at IS NULL AND c.stage <> 'closed'
     AND (t.due_date < today.day OR t.due_date = today.day + 1)
     AND NOT EXISTS (
           SELECT 1 FROM notification n
            WHERE n.case_id = t.case_id
              AND n.kind = CASE WHEN t.due_date < today.day THEN 'task_overdue' ELSE 'task_due_tomorrow' END
              AND n.params ->> 'taskId' = t.id::text)
   ORDER BY t.due_date, t.id`;

@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Answers how many reminders it wrote. */
  run(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Two runs at once queue here, the second one then finds the first one's notifications.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('task-reminders', 6))`);
      const tasks: DueTask[] = await manager.query(DUE_TASKS, [now.toISOString()]);
      for (const task of tasks) {
        await this.notifications.notify(manager, {
          kind: task.kind,
          recipientIds: [task.assignee_id],
          link: caseLink(task.case_id),
          params: {
            taskId: task.id,
            taskTitle: task.title,
            dueDate: task.due_date,
            reference: task.reference,
            projectName: task.project_name,
          },
          caseId: task.case_id,
          territoryId: task.territory_id,
        });
      }
      return tasks.length;
    });
  }
}

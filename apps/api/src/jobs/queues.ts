/** pg-boss queues of the app. Each exists in the database (created by the `JobsSchema` migration). */
export const MAIL_DELIVER = 'mail-deliver';
export const TASK_REMINDERS = 'task-reminders';
export const SLA_CHECK = 'sla-check';
export const NEW_CASES_DIGEST = 'new-cases-digest';
export const RETENTION = 'retention';

export const QUEUES = [MAIL_DELIVER, TASK_REMINDERS, SLA_CHECK, NEW_CASES_DIGEST, RETENTION] as const;

/** The data of a `mail-deliver` job: which outbox mail to send. */
export interface MailDeliverJob {
  mailId: string;
}

/** Times of the schedules, in France's time. */
export const SCHEDULE_TZ = 'Europe/Paris';

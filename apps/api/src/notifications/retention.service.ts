import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Rate-limit hits are only counted over their window, at most an hour: a day is plenty. */
const RATE_LIMIT_KEEP = '1 day';
/** Read notifications are kept a year. */
const READ_NOTIFICATION_KEEP = '1 year';
/**
 * Mails carry names and projects: delivered ones are kept a month (a question to the support, the
 * platform's mail page), failed ones three months (the territory's admins see them).
 */
const DELIVERED_MAIL_KEEP = '30 days';
const FAILED_MAIL_KEEP = '90 days';

/**
 * What is deleted once it is of no use: expired sessions, old rate-limit hits, used or expired
 * reset and confirmation tokens, expired invitations never accepted, notifications read more
 * than a year ago, mails delivered more than a month ago or failed more than three months ago.
 */
const CLEAN_UPS = [
  `DELETE FROM user_session WHERE expire < $1`,
  `DELETE FROM rate_limit_hit WHERE hit_at < $1::timestamptz - interval '${RATE_LIMIT_KEEP}'`,
  `DELETE FROM password_reset_token WHERE used_at IS NOT NULL OR expires_at < $1`,
  `DELETE FROM email_confirmation_token WHERE used_at IS NOT NULL OR expires_at < $1`,
  `DELETE FROM staff_invitation WHERE used_at IS NULL AND expires_at < $1`,
  `DELETE FROM project_invitation WHERE accepted_at IS NULL AND expires_at < $1`,
  `DELETE FROM notification WHERE read_at < $1::timestamptz - interval '${READ_NOTIFICATION_KEEP}'`,
  `DELETE FROM outbox_mail WHERE status IN ('sent', 'console')
      AND sent_at < $1::timestamptz - interval '${DELIVERED_MAIL_KEEP}'`,
  `DELETE FROM outbox_mail WHERE status = 'failed' AND created_at < $1::timestamptz - interval '${FAILED_MAIL_KEEP}'`,
];

@Injectable()
export class RetentionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Answers how many rows it deleted. */
  run(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      let deleted = 0;
      for (const sql of CLEAN_UPS) {
        const [, affected] = await manager.query<[unknown, number]>(sql, [now.toISOString()]);
        deleted += affected;
      }
      return deleted;
    });
  }
}

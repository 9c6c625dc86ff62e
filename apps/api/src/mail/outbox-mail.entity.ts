import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `pending` until delivered (`sent`), or until the last attempt failed (`failed`); `console` without SMTP. */
export type OutboxMailStatus = 'pending' | 'sent' | 'failed' | 'console';

/** A mail to send, written in the transaction of the change that causes it. */
@Entity()
@Index(['status', 'createdAt'])
@Index(['territoryId', 'status', 'createdAt'])
// A message thread's mails are looked up by key on every message posted (notifications.service.ts).
@Index(['batchKey'])
export class OutboxMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 320 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  /** What kind of mail (a notification kind, `invitation`, `password_reset`…), for the admins' view. */
  @Column({ type: 'varchar', length: 40, default: 'other' })
  kind: string;

  /** Whose it is, when it goes to a user of the app (null for an invitee without an account). */
  @Column({ type: 'uuid', nullable: true })
  recipientId: string | null;

  /** The territory it belongs to, so that its admins see its failures. */
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  /** The notification it tells about, if any. */
  @Column({ type: 'uuid', nullable: true })
  notificationId: string | null;

  /** Mails of one key wait for each other (a message thread: at most one mail per 10 minutes). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  batchKey: string | null;

  /** Not sent before this time (batching, backoff). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  notBefore: Date;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  /** The last delivery error, without the message's content. */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: OutboxMailStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

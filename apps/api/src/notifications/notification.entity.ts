import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

/**
 * Something that concerns one person (PRODUCT.md, "Notification"): written in the transaction of
 * the change that causes it, shown in the app at once, and mailed unless they turned email off
 * for its kind.
 */
@Entity()
@Index(['recipientId', 'createdAt'])
@Index('idx_notification_unread', { synchronize: false })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  recipient?: User;

  /** Null for platform-wide notices. */
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  /** What happened (see NOTIFICATION_KINDS in libs/domain). */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** The page it is about, a path of the web app (`/app/cases/…`). */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  /** What the texts need (names, references, amounts), no more than the recipient may see. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number>;

  /** The case it concerns, if any (for batching and cleaning up). */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';

/** An advisor following a case beside its lead: one of "the case's advisors". */
@Entity()
@Index(['userId'])
@Index('idx_case_follower_open_task', { synchronize: false })
export class CaseFollower {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * A copy of its case's `firstOpenTaskDue`, so that "the cases I follow with an overdue task" is
   * read from a partial index rather than by looking up every case one follows. Triggers keep it
   * (see the FollowerOpenTaskDue migration).
   */
  @Column({ type: 'date', nullable: true, select: false, insert: false, update: false })
  firstOpenTaskDue: string | null;
}

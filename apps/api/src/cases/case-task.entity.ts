import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';

/** Something a staff member must do on a case by a date; shown on the assignee's home. */
@Entity()
@Index(['caseId'])
@Index('idx_case_task_open_by_assignee', ['assigneeId', 'dueDate'], { where: '"done_at" IS NULL' })
@Index('idx_case_task_open_by_case', ['caseId', 'dueDate'], { where: '"done_at" IS NULL' })
export class CaseTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** A calendar day (YYYY-MM-DD), in the territory's time zone (Europe/Paris). */
  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'uuid' })
  assigneeId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignee?: User;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneById: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

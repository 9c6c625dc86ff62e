import type { CasePriority, CaseStage, ClosureOutcome, WorkingStage } from '@essaim/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Diagnostic } from '../diagnostics/diagnostic.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** A dossier d'accompagnement, opened when a diagnostic is submitted. */
@Entity()
@Index(['territoryId', 'stage'])
// The list's département filter, alone or with stages: a narrow bitmap to AND with the search's.
@Index(['territoryId', 'departementCode', 'stage'])
@Index(['projectId'])
// The case list's sorts, each with the id that breaks ties (see case-lists/case-list-query.ts);
// the current stage's entry time is an expression index, written in the CaseListIndexes migration.
@Index(['territoryId', 'submittedAt', 'id'])
@Index(['territoryId', 'lastEventAt', 'id'])
@Index('idx_case_file_stage_entered', { synchronize: false })
@Index(['leadAdvisorId', 'stage'])
@Index('idx_case_file_search_trgm', { synchronize: false })
@Index('idx_case_file_lead_open_task', { synchronize: false })
@Index('idx_case_file_open_task', { synchronize: false })
export class CaseFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  /** `PDL-2026-00042`, sequential per territory and year with no gap. */
  @Column({ type: 'varchar', length: 32, unique: true })
  reference: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn()
  project?: Project;

  /** One case per submitted diagnostic: a retried submit finds it instead of opening another. */
  @Column({ type: 'uuid', unique: true })
  diagnosticId: string;

  @OneToOne(() => Diagnostic, { onDelete: 'RESTRICT' })
  @JoinColumn()
  diagnostic?: Diagnostic;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  stage: CaseStage;

  /** When the case entered each stage, as ISO dates. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  stageEnteredAt: Partial<Record<CaseStage, string>>;

  /** The working stage a case on hold or closed left: resume and reopen return to it. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  leftStage: WorkingStage | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  closureOutcome: ClosureOutcome | null;

  @Column({ type: 'varchar', length: 8, default: 'normal' })
  priority: CasePriority;

  @Column({ type: 'uuid', nullable: true })
  leadAdvisorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  leadAdvisor?: User | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  /** When the latest case event was written (a trigger on case_event keeps it): inactivity alerts. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastEventAt: Date;

  /**
   * Reference, project name and holders' names, unaccented and lower-cased, for the case
   * list's search (trigram index). Triggers keep it (see the CaseWork migration).
   */
  @Column({ type: 'text', default: '', select: false })
  searchText: string;

  /**
   * The project's département, for the case list's filter without a join per case. Triggers keep
   * it (see the CaseListDenormalised migration).
   */
  @Column({ type: 'varchar', length: 3, nullable: true, select: false, insert: false, update: false })
  departementCode: string | null;

  /**
   * The earliest due date of the case's open tasks (null: none open), so that "has an overdue
   * task" is a comparison an index serves. Triggers on case_task keep it.
   */
  @Column({ type: 'date', nullable: true, select: false, insert: false, update: false })
  firstOpenTaskDue: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

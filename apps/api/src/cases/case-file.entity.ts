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
@Index(['projectId'])
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

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

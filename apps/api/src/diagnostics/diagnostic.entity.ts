import type { Answers, NeedProfile, OfferMatch } from '@essaim/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Project } from '../projects/project.entity';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity';

export type DiagnosticStatus = 'draft' | 'submitted';

/** A project's answers to one questionnaire version; scored when submitted. */
@Entity()
@Index(['projectId', 'createdAt'])
export class Diagnostic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn()
  project?: Project;

  @Column({ type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  questionnaireVersion?: QuestionnaireVersion;

  /** Saved answer by answer, as the holder gives them. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Answers;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: DiagnosticStatus;

  @Column({ type: 'uuid' })
  startedById: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  needProfile: NeedProfile | null;

  /** The ranked offers at submission time. */
  @Column({ type: 'jsonb', nullable: true })
  matches: OfferMatch[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import type { QuestionnaireDefinition } from '@essaim/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A published, frozen questionnaire: diagnostics keep the version they were answered against. */
@Entity()
@Index(['territoryId', 'number'], { unique: true })
export class QuestionnaireVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'jsonb' })
  definition: QuestionnaireDefinition;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}

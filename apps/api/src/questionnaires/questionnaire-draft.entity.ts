import type { QuestionnaireDefinition } from '@essaim/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The questionnaire a territory admin is editing; publishing copies it into a new version. */
@Entity()
export class QuestionnaireDraft {
  @PrimaryColumn({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'jsonb' })
  definition: QuestionnaireDefinition;

  /** Checked on every save: two admins editing at once get a 409, not a silent overwrite. */
  @VersionColumn({ default: 1 })
  revision: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

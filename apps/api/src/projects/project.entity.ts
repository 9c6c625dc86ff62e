import type { LegalForm, ProjectStage, Sector } from '@essaim/domain';
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
import { bigintNumber } from '../database/bigint-number.transformer';
import { Commune } from '../territories/commune.entity';

/** A holder's project or structure. Its holders are in project_member. */
@Entity()
@Index(['territoryId', 'createdAt'])
// The case list's filters on the project.
@Index(['territoryId', 'sector'])
@Index(['territoryId', 'legalForm'])
@Index(['territoryId', 'communeCode'])
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'varchar', length: 20 })
  legalForm: LegalForm;

  @Column({ type: 'varchar', length: 14, nullable: true })
  siret: string | null;

  @Column({ type: 'varchar', length: 30 })
  sector: Sector;

  @Column({ type: 'varchar', length: 20 })
  stage: ProjectStage;

  @Column({ type: 'varchar', length: 5 })
  communeCode: string;

  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_code', referencedColumnName: 'code' })
  commune?: Commune;

  @Column({ type: 'int', default: 0 })
  jobsNow: number;

  @Column({ type: 'int', default: 0 })
  jobsPlanned: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  fundingNeedCents: number;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

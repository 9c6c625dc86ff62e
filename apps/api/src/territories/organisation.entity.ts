import type { OrganisationKind } from '@essaim/domain';
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
import { Territory } from './territory.entity';

/** A structure of the territory's directory: the operator, support partners, funders. */
@Entity()
@Index(['territoryId', 'name'])
@Index('idx_organisation_name_trgm', { synchronize: false })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn()
  territory?: Territory;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OrganisationKind;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** INSEE codes of the communes and départements served; both empty: the whole territory. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  communes: string[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  departements: string[];

  /** Shown in the public directory. Never deleted once a case points to it: unpublished. */
  @Column({ type: 'boolean', default: true })
  published: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

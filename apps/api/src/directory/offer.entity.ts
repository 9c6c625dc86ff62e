import type {
  FundingInstrument,
  LegalForm,
  NeedCategory,
  OfferKind,
  ProjectStage,
  Sector,
} from '@essaim/domain';
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
import { Organisation } from '../territories/organisation.entity';

/** A dispositif: an accompaniment or a funding an organisation offers. */
@Entity()
@Index(['territoryId', 'published'])
@Index('idx_offer_search', { synchronize: false })
@Index('idx_offer_search_trgm', { synchronize: false })
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OfferKind;

  /** Empty arrays mean "all". */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  stages: ProjectStage[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  legalForms: LegalForm[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  sectors: Sector[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  needCategories: NeedCategory[];

  /** Funding offers only. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  instrument: FundingInstrument | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: bigintNumber,
  })
  amountMinCents: number | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: bigintNumber,
  })
  amountMaxCents: number | null;

  @Column({ type: 'boolean', default: true })
  published: boolean;

  /**
   * Name, summary and organisation name, unaccented and lower-cased by the service: the
   * French full-text index (idx_offer_search, in the migration) is built on it.
   */
  @Column({ type: 'text', default: '', select: false })
  searchText: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

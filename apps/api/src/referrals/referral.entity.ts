import type { FundingInstrument, NeedProfile, ReferralStatus } from '@essaim/domain';
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
import { CaseFile } from '../cases/case-file.entity';
import { bigintNumber } from '../database/bigint-number.transformer';
import { Offer } from '../directory/offer.entity';
import { Organisation } from '../territories/organisation.entity';
import { User } from '../users/user.entity';

/**
 * The dossier as the advisor sent it, frozen: later edits of the case never change it. The
 * documents sent with it are `ReferralDocument` rows pointing at document versions.
 */
export interface ReferralSnapshot {
  reference: string;
  project: {
    name: string;
    summary: string;
    legalForm: string | null;
    sector: string | null;
    stage: string | null;
    commune: { code: string; name: string } | null;
  };
  holders: { firstName: string; lastName: string }[];
  /** The need profile of the submitted diagnostic (null if the case has none). */
  needProfile: NeedProfile | null;
  /** The advisor's summary for the funder. */
  summary: string;
}

/** A case sent to a funder organisation for one of its funding offers (PRODUCT.md, "Referral"). */
@Entity()
@Index(['caseId'])
@Index(['organisationId', 'status', 'createdAt'])
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  /** The funder organisation. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'RESTRICT' })
  @JoinColumn()
  offer?: Offer;

  @Column({ type: 'varchar', length: 16, default: 'sent' })
  status: ReferralStatus;

  @Column({ type: 'bigint', transformer: bigintNumber })
  askedCents: number;

  @Column({ type: 'varchar', length: 20 })
  askedInstrument: FundingInstrument;

  /** The advisor's cover message. */
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb' })
  snapshot: ReferralSnapshot;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  grantedCents: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  grantedInstrument: FundingInstrument | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'uuid' })
  sentById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  sentBy?: User;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

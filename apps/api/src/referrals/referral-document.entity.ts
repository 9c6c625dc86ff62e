import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseDocumentVersion } from '../cases/case-document.entity';
import { ReferralExchange } from './referral-exchange.entity';
import { Referral } from './referral.entity';

/**
 * A document version the funder may read: sent with the referral (no exchange), or attached to
 * an answer. Versions are immutable, so what was sent stays what the funder sees.
 */
@Entity()
export class ReferralDocument {
  @PrimaryColumn({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn()
  referral?: Referral;

  @PrimaryColumn({ type: 'uuid' })
  documentVersionId: string;

  @ManyToOne(() => CaseDocumentVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  documentVersion?: CaseDocumentVersion;

  /** The answer it came with; null when it was sent with the referral. */
  @Column({ type: 'uuid', nullable: true })
  exchangeId: string | null;

  @ManyToOne(() => ReferralExchange, { onDelete: 'CASCADE' })
  @JoinColumn()
  exchange?: ReferralExchange | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

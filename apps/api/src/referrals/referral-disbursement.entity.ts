import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { bigintNumber } from '../database/bigint-number.transformer';
import { User } from '../users/user.entity';
import { Referral } from './referral.entity';

/** A payment the funder made on an approved referral. */
@Entity()
@Index(['referralId', 'paidOn'])
export class ReferralDisbursement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn()
  referral?: Referral;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  /** The day of the payment (a French day). */
  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  recordedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

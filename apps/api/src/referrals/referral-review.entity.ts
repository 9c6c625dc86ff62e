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
import { User } from '../users/user.entity';
import { Referral } from './referral.entity';

/** One reviewer's scores on the offer's criteria and comment; each reviewer has one, editable. */
@Entity()
@Index(['referralId', 'reviewerId'], { unique: true })
export class ReferralReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn()
  referral?: Referral;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reviewer?: User;

  /** Score per criterion id, each from 0 to the criterion's scale. */
  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  @Column({ type: 'text', default: '' })
  comment: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

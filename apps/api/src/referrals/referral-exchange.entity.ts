import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { Referral } from './referral.entity';

/** A funder's question, or an answer from the advisor or the holder: appended, dated, never edited. */
@Entity()
@Index(['referralId', 'createdAt'])
export class ReferralExchange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn()
  referral?: Referral;

  @Column({ type: 'varchar', length: 10 })
  kind: 'question' | 'answer';

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

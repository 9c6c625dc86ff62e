import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Offer } from '../directory/offer.entity';

/** One line of a funding offer's scoring grid, set by the territory's admins. */
@Entity()
@Index(['offerId', 'position'])
export class FundingCriterion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn()
  offer?: Offer;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** How much the criterion counts in the weighted mean, 1 to 10. */
  @Column({ type: 'smallint' })
  weight: number;

  /** The highest score (scores go from 0 to it), 2 to 10. */
  @Column({ type: 'smallint' })
  scale: number;

  @Column({ type: 'smallint' })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

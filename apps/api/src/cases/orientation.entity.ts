import type { OrientationStatus } from '@essaim/domain';
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
import { Offer } from '../directory/offer.entity';
import { Organisation } from '../territories/organisation.entity';
import { User } from '../users/user.entity';
import { CaseFile } from './case-file.entity';

/** A case sent to a partner support organisation for one of its offers. */
@Entity()
@Index(['caseId'])
@Index(['organisationId', 'status'])
export class Orientation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: CaseFile;

  @Column({ type: 'uuid' })
  territoryId: string;

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

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'varchar', length: 12, default: 'proposed' })
  status: OrientationStatus;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  proposedBy?: User;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

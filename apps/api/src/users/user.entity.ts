import type { Locale, Role, UserStatus } from '@essaim/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';

@Entity({ name: 'app_user' })
@Index('uq_app_user_email', { synchronize: false })
@Index(['territoryId', 'role'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased; a unique index on lower(email) guards it too. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** argon2id; null until an invited user sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** Null only for platform admins. */
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn()
  territory?: Territory | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: UserStatus;

  @Column({ type: 'varchar', length: 5, default: 'fr' })
  locale: Locale;

  @Column({ type: 'timestamptz', nullable: true })
  termsAcceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** When they proved they read this mailbox (signup link, invitation); null: not yet. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

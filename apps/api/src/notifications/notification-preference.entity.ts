import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** A person's choice for one kind of notification: by email or not (in the app, always). */
@Entity()
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'boolean' })
  email: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

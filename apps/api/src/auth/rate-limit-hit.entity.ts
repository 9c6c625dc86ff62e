import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One counted attempt (a failed login, a signup, a reset request), keyed by a hash of the
 * email or of the client's IP: shared by every API instance, and no address in clear.
 */
@Entity()
@Index(['key', 'hitAt'])
export class RateLimitHit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  hitAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDITED_RECORDS = ['case', 'project', 'diagnostic', 'document', 'referral'] as const;
export type AuditedRecord = (typeof AUDITED_RECORDS)[number];

/** Who did what to which record, when, from where. Written once, never updated. */
@Entity()
@Index(['territoryId', 'createdAt'])
@Index(['recordType', 'recordId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'varchar', length: 20 })
  actorRole: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 30 })
  recordType: AuditedRecord;

  @Column({ type: 'uuid' })
  recordId: string;

  /** The client's address and the request id, to trace an access back. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

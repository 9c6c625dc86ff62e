import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface TerritorySettings {
  /** Days a submitted case may wait for an advisor before it raises an alert. */
  slaDays?: number;
  /** Days an open case may go without an event before it raises an alert. */
  inactivityDays?: number;
  contactEmail?: string;
}

/** The tenant: every territory-owned row points to one. */
@Entity()
export class Territory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  operatorOrganisationId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: TerritorySettings;

  /** INSEE codes of the départements the territory covers; its communes are in `commune`. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  departements: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

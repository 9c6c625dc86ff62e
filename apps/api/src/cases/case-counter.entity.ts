import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last case number of a territory and year. Taken with an upsert in the transaction
 * that opens the case: concurrent submissions queue on the row, a rollback gives the number
 * back, so references have no gap and no duplicate.
 */
@Entity()
export class CaseCounter {
  @PrimaryColumn({ type: 'uuid' })
  territoryId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  lastValue: number;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The reference list of communes (INSEE codes), loaded per territory from the official list. */
@Entity()
@Index(['territoryId', 'name'])
@Index('idx_commune_name_trgm', { synchronize: false })
export class Commune {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 3 })
  departementCode: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  postalCodes: string[];
}

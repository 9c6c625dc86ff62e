import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { Commune } from '../../territories/commune.entity';
import { Territory } from '../../territories/territory.entity';

/** A row of @etalab/decoupage-administratif's communes.json (the official INSEE list). */
interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  region?: string;
  type: string;
  codesPostaux?: string[];
}

export interface Region {
  /** INSEE code of the region. */
  code: string;
  departements: string[];
}

export const PAYS_DE_LA_LOIRE: Region = { code: '52', departements: ['44', '49', '53', '72', '85'] };

const BATCH_SIZE = 500;

/** INSEE codes of every current département, from the official list. */
export function departementCodes(): Set<string> {
  const path = require.resolve('@etalab/decoupage-administratif/data/departements.json');
  return new Set((JSON.parse(readFileSync(path, 'utf8')) as { code: string }[]).map(({ code }) => code));
}

/** The current communes of these départements, from the official list shipped in node_modules. */
export function departementCommunes(departements: readonly string[]): EtalabCommune[] {
  const path = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const all = JSON.parse(readFileSync(path, 'utf8')) as EtalabCommune[];
  const wanted = new Set(departements);
  return all.filter(
    (commune) =>
      commune.type === 'commune-actuelle' && wanted.has(commune.departement ?? commune.code.slice(0, 2)),
  );
}

/** Gives the territory its départements and its reference list of communes; returns how many. */
export async function seedCommunes(
  manager: EntityManager,
  territory: Territory,
  { departements }: Pick<Region, 'departements'>,
): Promise<number> {
  await manager.update(Territory, territory.id, { departements });
  territory.departements = departements;
  const rows = departementCommunes(departements).map((commune) => ({
    code: commune.code,
    name: commune.nom,
    departementCode: commune.departement ?? commune.code.slice(0, 2),
    territoryId: territory.id,
    postalCodes: commune.codesPostaux ?? [],
  }));
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Commune)
      .values(rows.slice(start, start + BATCH_SIZE))
      .orIgnore()
      .execute();
  }
  return rows.length;
}

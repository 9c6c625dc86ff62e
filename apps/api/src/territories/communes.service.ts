import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../common/app-error';
import type { CommuneDto, CommuneQueryDto } from './commune.dto';

interface CommuneRow {
  code: string;
  name: string;
  departement_code: string;
  postal_codes: string[];
}

/** The reference list of a territory's communes, for pickers: by name, postal code or INSEE code. */
@Injectable()
export class CommunesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(territoryCode: string, query: CommuneQueryDto): Promise<CommuneDto[]> {
    const [territory] = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM territory WHERE code = $1',
      [territoryCode.toLowerCase()],
    );
    if (!territory) throw notFound('Territory');
    const q = (query.q ?? '').trim().toLowerCase();
    const params: unknown[] = [territory.id, query.limit];
    let match = 'TRUE';
    let order = 'lower(essaim_unaccent(c.name)), c.code';
    if (/^[0-9][0-9ab]?[0-9]*$/.test(q)) {
      // The start of an INSEE code or of a postal code.
      params.push(q.toUpperCase(), `${q.toUpperCase()}%`);
      match = `(c.code LIKE $4 OR EXISTS (SELECT 1 FROM unnest(c.postal_codes) postal WHERE postal LIKE $4))`;
      order = `(c.code = $3) DESC, ${order}`;
    } else if (q !== '') {
      // Accent-insensitive; a space, hyphen or apostrophe stands for any of them ("saint nazaire").
      const name = q.replace(/[\\%_]/g, (char) => `\\${char}`).replace(/[\s'’-]+/g, '_');
      params.push(name, `${name}%`, `%${name}%`);
      // The expression of the trigram index idx_commune_name_trgm; ILIKE, as lower() may keep capitals.
      const normalised = 'essaim_unaccent(lower(c.name))';
      match = `${normalised} ILIKE essaim_unaccent($5)`;
      order = `(${normalised} ILIKE essaim_unaccent($3)) DESC, (${normalised} ILIKE essaim_unaccent($4)) DESC, ${order}`;
    }
    const rows = await this.dataSource.query<CommuneRow[]>(
      `SELECT c.code, c.name, c.departement_code, c.postal_codes
         FROM commune c
        WHERE c.territory_id = $1 AND ${match}
        ORDER BY ${order}
        LIMIT $2`,
      params,
    );
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      departementCode: row.departement_code,
      postalCodes: row.postal_codes,
    }));
  }
}

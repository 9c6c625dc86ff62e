import { SqlConditions, textQuery } from './sql-conditions';

describe('textQuery', () => {
  it('makes hyphens word breaks for the full-text query', () => {
    expect(textQuery('  Tiers-Lieux ')?.words).toBe('tiers lieux');
  });

  it('lets a space, hyphen or apostrophe match any of them in the substring pattern', () => {
    expect(textQuery("prêt d'honneur")?.pattern).toBe('%prêt_d_honneur%');
    expect(textQuery('tiers  - lieu')?.pattern).toBe('%tiers_lieu%');
  });

  it("escapes LIKE's wildcards typed by the user", () => {
    expect(textQuery('100%_sûr\\')?.pattern).toBe('%100\\%\\_sûr\\\\%');
  });

  it('is no query at all when there is no letter or digit', () => {
    expect(textQuery(undefined)).toBeNull();
    expect(textQuery('  ')).toBeNull();
    expect(textQuery('%-')).toBeNull();
  });
});

describe('SqlConditions', () => {
  it('numbers parameters in the order they are added and keeps each clause whole', () => {
    const sql = new SqlConditions();
    sql.add(`a = ${sql.param(1)}`);
    sql.add(`b = ${sql.param('x')} OR c = ${sql.param(true)}`);
    expect(sql.where).toBe('WHERE (a = $1) AND (b = $2 OR c = $3)');
    expect(sql.params).toEqual([1, 'x', true]);
  });
});

import {
  FUNDING_INSTRUMENTS,
  LEGAL_FORMS,
  NEED_CATEGORIES,
  OFFER_KINDS,
  ORGANISATION_KINDS,
  PROJECT_STAGES,
} from '@essaim/domain';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { namesOf } from './directory-factories';
import { type Agent, createTestContext, type TestContext } from './test-app';

/** The published offers of published organisations. */
const PUBLISHED = `FROM offer o JOIN organisation org ON org.id = o.organisation_id WHERE o.published AND org.published`;

describe('demo catalogue of Pays de la Loire', () => {
  let ctx: TestContext;
  let anonymous: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoData(ctx.dataSource, () => Promise.resolve('not-a-password-hash'), 'unused');
    anonymous = await ctx.agent();
  });
  afterAll(() => ctx.close());

  const distinct = async (expression: string): Promise<Set<string | null>> =>
    new Set(
      (
        await ctx.dataSource.query<{ value: string | null }[]>(
          `SELECT DISTINCT ${expression} AS value ${PUBLISHED}`,
        )
      ).map((row) => row.value),
    );

  it('loads the 1,228 current communes of the region and its five départements', async () => {
    const [territory] = await ctx.dataSource.query<{ departements: string[]; communes: number }[]>(
      `SELECT t.departements, (SELECT count(*)::int FROM commune c WHERE c.territory_id = t.id) AS communes
         FROM territory t WHERE t.code = 'pdl'`,
    );
    expect(territory).toEqual({ departements: ['44', '49', '53', '72', '85'], communes: 1228 });
  });

  it('has at least 25 published organisations of every kind, some serving only part of the region', async () => {
    const rows = await ctx.dataSource.query<{ kind: string; local: boolean }[]>(
      `SELECT kind, cardinality(communes) + cardinality(departements) > 0 AS local FROM organisation WHERE published`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(ORGANISATION_KINDS));
    expect(rows.filter((row) => row.local).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((row) => !row.local).length).toBeGreaterThan(rows.length / 2);
  });

  it('has at least 80 published offers covering every need, stage, legal form, kind and instrument', async () => {
    const [{ count }] = await ctx.dataSource.query<[{ count: number }]>(
      `SELECT count(*)::int AS count ${PUBLISHED}`,
    );

    expect(count).toBeGreaterThanOrEqual(80);
    expect(await distinct('unnest(o.need_categories)')).toEqual(new Set(NEED_CATEGORIES));
    expect(await distinct('unnest(o.stages)')).toEqual(new Set(PROJECT_STAGES));
    expect(await distinct('unnest(o.legal_forms)')).toEqual(new Set(LEGAL_FORMS));
    expect(await distinct('o.kind')).toEqual(new Set(OFFER_KINDS));
    expect(await distinct('o.instrument')).toEqual(new Set([...FUNDING_INSTRUMENTS, null]));
  });

  it('gives every funding offer an instrument and an amount range, and no accompaniment either', async () => {
    const wrong = await ctx.dataSource.query<{ name: string }[]>(
      `SELECT name FROM offer WHERE
         (kind = 'funding' AND (instrument IS NULL OR amount_min_cents IS NULL OR amount_max_cents < amount_min_cents))
         OR (kind = 'accompaniment' AND (instrument IS NOT NULL OR amount_min_cents IS NOT NULL))`,
    );
    expect(wrong).toEqual([]);
  });

  it('serves only communes of the territory, and gives every offer its search text', async () => {
    const strayCommunes = await ctx.dataSource.query<{ code: string }[]>(
      `SELECT code FROM organisation, unnest(communes) code WHERE code NOT IN (SELECT code FROM commune)`,
    );
    const [{ missing }] = await ctx.dataSource.query<[{ missing: number }]>(
      `SELECT count(*)::int AS missing FROM offer WHERE search_text = ''`,
    );
    expect(strayCommunes).toEqual([]);
    expect(missing).toBe(0);
  });

  it('gives the partner at least two accompaniments and the funder at least two fundings, an honour loan among them', async () => {
    const offersOf = (name: string) =>
      ctx.dataSource.query<{ kind: string; instrument: string | null }[]>(
        `SELECT o.kind, o.instrument ${PUBLISHED} AND org.name = $1`,
        [name],
      );
    const partner = await offersOf('Coop’Accompagne Loire');
    const funder = await offersOf('Fonds Solidaire de l’Ouest');

    expect(partner.filter((offer) => offer.kind === 'accompaniment').length).toBeGreaterThanOrEqual(2);
    expect(funder.filter((offer) => offer.kind === 'funding').length).toBeGreaterThanOrEqual(2);
    expect(funder.map((offer) => offer.instrument)).toContain('honour_loan');
  });

  it("answers the directory's example searches", async () => {
    const search = async (q: string) =>
      namesOf((await anonymous.get('/api/directory/offers').query({ q, pageSize: 50 }).expect(200)).body);

    const honourLoans = await search("pret d'honneur");
    const thirdPlaces = await search('tiers lieu');

    expect(honourLoans).toContain('Prêt d’honneur Création Solidaire');
    expect(honourLoans.length).toBeGreaterThanOrEqual(8);
    expect(thirdPlaces).toEqual(
      expect.arrayContaining(['Créer un tiers-lieu en milieu rural', 'Prêt immobilier pour tiers-lieux']),
    );
  });

  it('seeds once: a second run on a seeded database adds nothing', async () => {
    const before = await ctx.dataSource.query<[{ count: number }]>(
      'SELECT count(*)::int AS count FROM offer',
    );
    expect(await seedDemoData(ctx.dataSource, () => Promise.resolve('x'), 'unused')).toBe(false);
    expect(await ctx.dataSource.query('SELECT count(*)::int AS count FROM offer')).toEqual(before);
  });
});

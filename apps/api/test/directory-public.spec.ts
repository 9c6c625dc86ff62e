import type { Organisation } from '../src/territories/organisation.entity';
import type { Territory } from '../src/territories/territory.entity';
import { namesOf, newCommune, newFundingOffer, newOffer } from './directory-factories';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('public directory', () => {
  let ctx: TestContext;
  let anonymous: Agent;
  let territory: Territory;
  let regional: Organisation;
  let nantesOnly: Organisation;
  let anjou: Organisation;
  let hidden: Organisation;

  beforeAll(async () => {
    ctx = await createTestContext();
    anonymous = await ctx.agent();
    territory = await ctx.newTerritory({ departements: ['44', '49'] });
    await newCommune(ctx, territory, { code: '44109', name: 'Nantes', postalCodes: ['44000', '44100'] });
    await newCommune(ctx, territory, { code: '44184', name: 'Saint-Nazaire', postalCodes: ['44600'] });
    await newCommune(ctx, territory, {
      code: '44158',
      name: 'Saint-Étienne-de-Montluc',
      postalCodes: ['44360'],
    });
    await newCommune(ctx, territory, { code: '49007', name: 'Angers', postalCodes: ['49000', '49100'] });
    await newCommune(ctx, territory, { code: '44055', name: 'La Baule-Escoublac', postalCodes: ['44500'] });

    regional = await ctx.newOrganisation(territory, { name: 'Fonds Régional Élan', kind: 'funder' });
    nantesOnly = await ctx.newOrganisation(territory, {
      name: 'Atelier Nantais',
      kind: 'support',
      communes: ['44109'],
    });
    anjou = await ctx.newOrganisation(territory, {
      name: 'Anjou Partage',
      kind: 'both',
      departements: ['49'],
    });
    hidden = await ctx.newOrganisation(territory, {
      name: 'Structure Retirée',
      kind: 'funder',
      published: false,
    });

    await newFundingOffer(ctx, regional, {
      name: 'Prêt d’honneur création',
      summary: 'Un prêt à taux zéro pour les créateurs.',
      instrument: 'honour_loan',
      stages: ['creation'],
      legalForms: ['scop', 'scic'],
    });
    await newFundingOffer(ctx, regional, {
      name: 'Coup de pouce',
      summary: 'Pour démarrer.',
      instrument: 'honour_loan',
      stages: ['idea'],
    });
    await newFundingOffer(ctx, regional, {
      name: 'Garantie de prêt bancaire',
      instrument: 'guarantee',
      stages: [],
    });
    await newOffer(ctx, nantesOnly, {
      name: 'Espace de travail partagé',
      summary: 'Des bureaux dans nos tiers-lieux du centre-ville.',
      needCategories: ['premises', 'partnerships'],
      stages: ['creation', 'development'],
      legalForms: ['association'],
    });
    await newOffer(ctx, anjou, {
      name: 'Étude de marché',
      summary: 'Connaître ses clients.',
      needCategories: ['market_sales'],
    });
    await newFundingOffer(ctx, anjou, {
      name: 'Subvention angevine',
      summary: 'Pour les associations.',
      instrument: 'grant',
      legalForms: ['association'],
    });
    await newFundingOffer(ctx, hidden, {
      name: 'Prêt d’honneur d’une structure retirée',
      instrument: 'honour_loan',
    });
    await newFundingOffer(ctx, regional, {
      name: 'Prêt d’honneur retiré',
      instrument: 'honour_loan',
      published: false,
    });

    const elsewhere = await ctx.newTerritory({ departements: ['75'] });
    const parisian = await ctx.newOrganisation(elsewhere, { name: 'Fonds Parisien', kind: 'funder' });
    await newFundingOffer(ctx, parisian, { name: 'Prêt d’honneur parisien', instrument: 'honour_loan' });
  });
  afterAll(() => ctx.close());

  async function offers(query: Record<string, unknown>): Promise<string[]> {
    const response = await anonymous.get('/api/directory/offers').query(query).expect(200);
    return namesOf(response.body as { items: { name: string }[] });
  }

  const territoryOffers = (query: Record<string, unknown>) => offers({ territory: territory.code, ...query });

  describe('text search', () => {
    it('finds "prêt d\'honneur" and "pret d\'honneur" alike: honour loans only, by instrument or by name', async () => {
      const accented = await territoryOffers({ q: "prêt d'honneur" });
      const plain = await territoryOffers({ q: "pret d'honneur" });
      const typographic = await territoryOffers({ q: 'PRÊT D’HONNEUR' });

      expect(accented.sort()).toEqual(['Coup de pouce', 'Prêt d’honneur création']);
      expect(plain.sort()).toEqual(accented.sort());
      expect(typographic.sort()).toEqual(accented.sort());
    });

    it('ranks the offer whose own text says it above the one found by its instrument alone', async () => {
      expect(await territoryOffers({ q: "pret d'honneur" })).toEqual([
        'Prêt d’honneur création',
        'Coup de pouce',
      ]);
    });

    it('finds tiers-lieux offers with "tiers lieu", without accent or hyphen', async () => {
      expect(await territoryOffers({ q: 'tiers lieu' })).toEqual(['Espace de travail partagé']);
      expect(await territoryOffers({ q: 'Tiers-Lieux' })).toEqual(['Espace de travail partagé']);
    });

    it('finds a partial word through the substring fallback', async () => {
      expect(await territoryOffers({ q: 'angev' })).toEqual(['Subvention angevine']);
      expect(await territoryOffers({ q: 'subv' })).toEqual(['Subvention angevine']);
    });

    it('finds an offer by the name of its organisation and by the French word of its instrument', async () => {
      expect((await territoryOffers({ q: 'anjou partage' })).sort()).toEqual([
        'Subvention angevine',
        'Étude de marché',
      ]);
      expect(await territoryOffers({ q: 'garantie' })).toEqual(['Garantie de prêt bancaire']);
    });

    it('answers the contract shape for an offer', async () => {
      const response = await anonymous
        .get('/api/directory/offers')
        .query({ territory: territory.code, q: 'subvention angevine' })
        .expect(200);

      expect(response.body).toEqual({
        items: [
          {
            id: expect.any(String),
            name: 'Subvention angevine',
            summary: 'Pour les associations.',
            kind: 'funding',
            instrument: 'grant',
            amountMinCents: 100_000,
            amountMaxCents: 1_000_000,
            needCategories: ['funding'],
            stages: [],
            legalForms: ['association'],
            sectors: [],
            organisation: { id: anjou.id, name: 'Anjou Partage', kind: 'both' },
            territory: { code: territory.code, name: territory.name },
          },
        ],
        total: 1,
        page: 1,
        pageSize: 20,
      });
    });

    it('answers a search that matches nothing with an empty page', async () => {
      const response = await anonymous
        .get('/api/directory/offers')
        .query({ q: 'zzzz introuvable' })
        .expect(200);
      expect(response.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });
  });

  describe('filters', () => {
    it('without a territory, lists the offers of every territory; with one, only its own', async () => {
      expect(await offers({ q: 'parisien' })).toEqual(['Prêt d’honneur parisien']);
      expect(await territoryOffers({ q: 'parisien' })).toEqual([]);
    });

    it('by commune: the offers serving it, its département or the whole territory', async () => {
      const inNantes = await territoryOffers({ commune: '44109' });
      const inSaintNazaire = await territoryOffers({ commune: '44184' });
      const inAngers = await offers({ commune: '49007' });

      expect(inNantes).toContain('Espace de travail partagé');
      expect(inNantes).toContain('Garantie de prêt bancaire');
      expect(inNantes).not.toContain('Subvention angevine');
      expect(inSaintNazaire).not.toContain('Espace de travail partagé');
      expect(inSaintNazaire).toContain('Prêt d’honneur création');
      expect(inAngers).toEqual(
        expect.arrayContaining(['Subvention angevine', 'Étude de marché', 'Garantie de prêt bancaire']),
      );
      expect(inAngers).not.toContain('Espace de travail partagé');
      expect(inAngers).not.toContain('Prêt d’honneur parisien');
    });

    it('by département: organisations naming it, serving one of its communes, or the whole territory', async () => {
      const in44 = await territoryOffers({ departement: '44' });
      const in49 = await territoryOffers({ departement: '49' });

      expect(in44).toContain('Espace de travail partagé');
      expect(in44).not.toContain('Subvention angevine');
      expect(in49).toContain('Subvention angevine');
      expect(in49).not.toContain('Espace de travail partagé');
      expect(in49).toContain('Prêt d’honneur création');
    });

    it('by need, repeatable: offers serving any of the needs given', async () => {
      expect(await territoryOffers({ need: 'premises' })).toEqual(['Espace de travail partagé']);
      const either = await anonymous
        .get(`/api/directory/offers?territory=${territory.code}&need=premises&need=market_sales`)
        .expect(200);
      expect(namesOf(either.body as { items: { name: string }[] })).toEqual([
        'Étude de marché',
        'Espace de travail partagé',
      ]);
    });

    it('by stage and legal form: offers that list them or list none', async () => {
      const atIdea = await territoryOffers({ stage: 'idea' });
      expect(atIdea).toContain('Coup de pouce');
      expect(atIdea).toContain('Garantie de prêt bancaire');
      expect(atIdea).not.toContain('Prêt d’honneur création');

      const forScop = await territoryOffers({ legalForm: 'scop' });
      expect(forScop).toContain('Prêt d’honneur création');
      expect(forScop).not.toContain('Subvention angevine');
      expect(forScop).not.toContain('Espace de travail partagé');
    });

    it('by kind and instrument', async () => {
      expect((await territoryOffers({ kind: 'accompaniment' })).sort()).toEqual([
        'Espace de travail partagé',
        'Étude de marché',
      ]);
      expect(await territoryOffers({ instrument: 'grant' })).toEqual(['Subvention angevine']);
    });

    it('combines filters with text', async () => {
      expect(
        await territoryOffers({ q: 'pret', commune: '44109', stage: 'creation', instrument: 'honour_loan' }),
      ).toEqual(['Prêt d’honneur création']);
    });

    it('pages the results and counts them all', async () => {
      const first = await anonymous
        .get('/api/directory/offers')
        .query({ territory: territory.code, pageSize: 2 })
        .expect(200);
      const third = await anonymous
        .get('/api/directory/offers')
        .query({ territory: territory.code, pageSize: 2, page: 3 })
        .expect(200);
      const beyond = await anonymous
        .get('/api/directory/offers')
        .query({ territory: territory.code, pageSize: 2, page: 9 })
        .expect(200);

      expect(first.body).toMatchObject({ total: 6, page: 1, pageSize: 2 });
      expect(namesOf(first.body as { items: { name: string }[] })).toEqual([
        'Étude de marché',
        'Subvention angevine',
      ]);
      expect(third.body).toMatchObject({ total: 6, page: 3 });
      expect(beyond.body).toEqual({ items: [], total: 6, page: 9, pageSize: 2 });
    });

    it('orders by organisation then offer name, ignoring accents, when there is no text', async () => {
      expect(await territoryOffers({})).toEqual([
        'Étude de marché',
        'Subvention angevine',
        'Espace de travail partagé',
        'Coup de pouce',
        'Garantie de prêt bancaire',
        'Prêt d’honneur création',
      ]);
    });

    it('refuses bad filters with a 400 naming each field', async () => {
      const response = await anonymous.get(
        '/api/directory/offers?need=premises&need=rockets&stage=adolescence&pageSize=51&page=0&color=red',
      );
      expectInvalidFields(response, ['need', 'stage', 'pageSize', 'page', 'color']);
    });

    it('refuses an unknown commune or territory with a 400 naming the field', async () => {
      expectInvalidFields(await anonymous.get('/api/directory/offers').query({ commune: '99999' }), {
        commune: 'unknown_commune',
      });
      expectInvalidFields(await anonymous.get('/api/directory/offers').query({ territory: 'atlantide' }), {
        territory: 'unknown_territory',
      });
    });
  });

  describe('what is not published', () => {
    it('never lists an unpublished offer, or any offer of an unpublished organisation', async () => {
      const everything = await offers({ pageSize: 50 });
      const searched = await offers({ q: 'retiree' });

      expect(everything).not.toContain('Prêt d’honneur retiré');
      expect(everything).not.toContain('Prêt d’honneur d’une structure retirée');
      expect(searched).toEqual([]);
    });

    it('never lists an unpublished organisation, and its page is a 404', async () => {
      const list = await anonymous
        .get('/api/directory/organisations')
        .query({ territory: territory.code })
        .expect(200);

      expect(namesOf(list.body as { items: { name: string }[] })).not.toContain('Structure Retirée');
      expectError(await anonymous.get(`/api/directory/organisations/${hidden.id}`), 404, 'not_found');
    });

    it("an organisation's page shows its published offers only", async () => {
      const response = await anonymous.get(`/api/directory/organisations/${regional.id}`).expect(200);

      expect(response.body).toMatchObject({
        id: regional.id,
        name: 'Fonds Régional Élan',
        kind: 'funder',
        offerCount: 3,
        territory: { code: territory.code, name: territory.name },
      });
      expect(namesOf({ items: response.body.offers as { name: string }[] })).toEqual([
        'Coup de pouce',
        'Garantie de prêt bancaire',
        'Prêt d’honneur création',
      ]);
    });

    it('an unknown or malformed organisation id is a 404', async () => {
      expectError(
        await anonymous.get('/api/directory/organisations/00000000-0000-4000-8000-000000000000'),
        404,
        'not_found',
      );
      expectError(await anonymous.get('/api/directory/organisations/not-an-id'), 404, 'not_found');
    });
  });

  describe('organisations', () => {
    it('answers the contract shape, with the count of published offers', async () => {
      const response = await anonymous
        .get('/api/directory/organisations')
        .query({ territory: territory.code, q: 'anjou' })
        .expect(200);

      expect(response.body).toEqual({
        items: [
          {
            id: anjou.id,
            name: 'Anjou Partage',
            kind: 'both',
            description: '',
            communes: [],
            departements: ['49'],
            offerCount: 2,
            territory: { code: territory.code, name: territory.name },
          },
        ],
        total: 1,
        page: 1,
        pageSize: 20,
      });
    });

    it('finds organisations by name without accents, or by what their offers are about', async () => {
      const list = async (query: Record<string, unknown>) =>
        namesOf(
          (
            await anonymous
              .get('/api/directory/organisations')
              .query({ territory: territory.code, ...query })
              .expect(200)
          ).body as { items: { name: string }[] },
        );

      expect(await list({ q: 'regional elan' })).toEqual(['Fonds Régional Élan']);
      expect(await list({ q: 'tiers lieu' })).toEqual(['Atelier Nantais']);
    });

    it('by kind: support and funder include the organisations that are both', async () => {
      const kind = async (value: string) =>
        namesOf(
          (
            await anonymous
              .get('/api/directory/organisations')
              .query({ territory: territory.code, kind: value })
              .expect(200)
          ).body as { items: { name: string }[] },
        );

      expect(await kind('support')).toEqual(['Anjou Partage', 'Atelier Nantais']);
      expect(await kind('funder')).toEqual(['Anjou Partage', 'Fonds Régional Élan']);
      expect(await kind('both')).toEqual(['Anjou Partage']);
    });

    it('by département', async () => {
      const response = await anonymous
        .get('/api/directory/organisations')
        .query({ territory: territory.code, departement: '49' })
        .expect(200);
      expect(namesOf(response.body as { items: { name: string }[] })).toEqual([
        'Anjou Partage',
        'Fonds Régional Élan',
      ]);
    });
  });

  describe('communes', () => {
    const communes = async (query: Record<string, unknown>) =>
      (
        (await anonymous.get(`/api/territories/${territory.code}/communes`).query(query).expect(200))
          .body as {
          name: string;
        }[]
      ).map((commune) => commune.name);

    it('finds "nazaire" in Saint-Nazaire, accent- and case-insensitively', async () => {
      expect(await communes({ q: 'nazaire' })).toEqual(['Saint-Nazaire']);
      expect(await communes({ q: 'ETIENNE' })).toEqual(['Saint-Étienne-de-Montluc']);
      expect(await communes({ q: 'saint etienne de' })).toEqual(['Saint-Étienne-de-Montluc']);
    });

    it('puts names that start with the text first', async () => {
      expect(await communes({ q: 'sa' })).toEqual(['Saint-Étienne-de-Montluc', 'Saint-Nazaire']);
      expect(await communes({ q: 'an' })).toEqual(['Angers', 'Nantes']);
    });

    it('finds a commune by the start of its postal code or its INSEE code, with its details', async () => {
      const response = await anonymous
        .get(`/api/territories/${territory.code}/communes`)
        .query({ q: '446' })
        .expect(200);
      expect(response.body).toEqual([
        { code: '44184', name: 'Saint-Nazaire', departementCode: '44', postalCodes: ['44600'] },
      ]);
      expect(await communes({ q: '49007' })).toEqual(['Angers']);
    });

    it('stops at the limit', async () => {
      expect(await communes({ limit: 2 })).toHaveLength(2);
    });

    it('answers 404 for an unknown territory', async () => {
      expectError(
        await anonymous.get('/api/territories/atlantide/communes').query({ q: 'nan' }),
        404,
        'not_found',
      );
    });
  });
});

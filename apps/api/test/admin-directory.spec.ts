import type { Role } from '@essaim/domain';
import { Offer } from '../src/directory/offer.entity';
import { Organisation } from '../src/territories/organisation.entity';
import type { Territory } from '../src/territories/territory.entity';
import { namesOf, newCommune, newFundingOffer, newOffer } from './directory-factories';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('directory management by territory admins', () => {
  let ctx: TestContext;
  let territory: Territory;
  let admin: Agent;
  let anonymous: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory({ departements: ['44', '49'] });
    await newCommune(ctx, territory, { code: '44109', name: 'Nantes' });
    await newCommune(ctx, territory, { code: '44184', name: 'Saint-Nazaire' });
    admin = await ctx.loginAs(await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }));
    anonymous = await ctx.agent();
  });
  afterAll(() => ctx.close());

  const validOrganisation = () => ({ name: 'Ruche des Tests', kind: 'support' });
  const validOffer = () => ({
    name: 'Atelier statuts',
    kind: 'accompaniment',
    needCategories: ['legal_structure'],
  });

  async function createOrganisation(body: Record<string, unknown> = {}) {
    const response = await admin
      .post('/api/admin/organisations')
      .send({ ...validOrganisation(), ...body })
      .expect(201);
    return response.body as { id: string; version: number; name: string };
  }

  async function createOffer(organisationId: string, body: Record<string, unknown> = {}) {
    const response = await admin
      .post(`/api/admin/organisations/${organisationId}/offers`)
      .send({ ...validOffer(), ...body })
      .expect(201);
    return response.body as { id: string; version: number; name: string };
  }

  async function publicSearch(q: string): Promise<string[]> {
    const response = await anonymous
      .get('/api/directory/offers')
      .query({ territory: territory.code, q })
      .expect(200);
    return namesOf(response.body as { items: { name: string }[] });
  }

  const offerCount = () => ctx.dataSource.getRepository(Offer).countBy({ territoryId: territory.id });
  const organisationCount = () =>
    ctx.dataSource.getRepository(Organisation).countBy({ territoryId: territory.id });

  describe('create and edit', () => {
    it('creates an organisation and a funding offer, which the public directory then finds', async () => {
      const organisation = await createOrganisation({
        name: 'Fonds Coop’Test',
        kind: 'funder',
        description: 'Un fonds de démonstration.',
        website: 'https://fonds-test.example',
        contactEmail: 'contact@fonds-test.example',
        contactPhone: '02 61 91 00 99',
        address: '1 rue des Essais, 44000 Nantes',
        communes: ['44184'],
        departements: ['49'],
      });
      const offer = await createOffer(organisation.id, {
        name: 'Prêt solidaire test',
        summary: 'Un prêt sans intérêt.',
        kind: 'funding',
        instrument: 'honour_loan',
        needCategories: ['funding'],
        stages: ['creation'],
        legalForms: ['scop'],
        sectors: ['food'],
        amountMinCents: 100_000,
        amountMaxCents: 1_500_000,
      });

      expect(organisation).toMatchObject({
        name: 'Fonds Coop’Test',
        kind: 'funder',
        communes: ['44184'],
        departements: ['49'],
        published: true,
        version: 1,
        offers: [],
        territory: { code: territory.code },
      });
      expect(offer).toMatchObject({
        name: 'Prêt solidaire test',
        kind: 'funding',
        instrument: 'honour_loan',
        amountMinCents: 100_000,
        amountMaxCents: 1_500_000,
        published: true,
        version: 1,
        organisation: { id: organisation.id, name: 'Fonds Coop’Test', kind: 'funder' },
      });
      expect(await publicSearch("pret d'honneur")).toContain('Prêt solidaire test');
    });

    it('shows every organisation of the territory, published or not, with all its offers', async () => {
      const organisation = await createOrganisation({ name: 'Zèbre Caché', published: false });
      await createOffer(organisation.id, { name: 'Offre en préparation', published: false });

      const list = await admin.get('/api/admin/organisations').query({ q: 'zebre' }).expect(200);
      const one = await admin.get(`/api/admin/organisations/${organisation.id}`).expect(200);

      expect(list.body).toMatchObject({
        total: 1,
        items: [{ name: 'Zèbre Caché', published: false, offerCount: 1 }],
      });
      expect(one.body).toMatchObject({
        published: false,
        offers: [{ name: 'Offre en préparation', published: false }],
      });
    });

    it('renaming an organisation renames it in its offers’ search text', async () => {
      const organisation = await createOrganisation({ name: 'Ancien Nom' });
      await createOffer(organisation.id, { name: 'Permanence juridique' });

      const renamed = await admin
        .patch(`/api/admin/organisations/${organisation.id}`)
        .send({ version: organisation.version, name: 'Boussole Renommée' })
        .expect(200);

      expect(renamed.body).toMatchObject({ name: 'Boussole Renommée', version: organisation.version + 1 });
      expect(await publicSearch('boussole renommee')).toEqual(['Permanence juridique']);
      expect(await publicSearch('ancien nom')).toEqual([]);
    });

    it('edits an offer: new text searchable, version bumped, untouched fields kept', async () => {
      const organisation = await createOrganisation();
      const offer = await createOffer(organisation.id, { summary: 'Statuts associatifs', stages: ['idea'] });

      const edited = await admin
        .patch(`/api/admin/offers/${offer.id}`)
        .send({ version: offer.version, name: 'Atelier gouvernance', needCategories: ['governance'] })
        .expect(200);

      expect(edited.body).toMatchObject({
        name: 'Atelier gouvernance',
        summary: 'Statuts associatifs',
        stages: ['idea'],
        needCategories: ['governance'],
        version: offer.version + 1,
      });
      expect(await publicSearch('gouvernance')).toContain('Atelier gouvernance');
    });

    it('turns a funding offer into an accompaniment when the instrument and amounts are cleared with it', async () => {
      const organisation = await createOrganisation({ kind: 'both' });
      const offer = await createOffer(organisation.id, {
        kind: 'funding',
        instrument: 'grant',
        needCategories: ['funding'],
        amountMinCents: 0,
        amountMaxCents: 500_000,
      });

      const edited = await admin
        .patch(`/api/admin/offers/${offer.id}`)
        .send({
          version: offer.version,
          kind: 'accompaniment',
          instrument: null,
          amountMinCents: null,
          amountMaxCents: null,
        })
        .expect(200);

      expect(edited.body).toMatchObject({ kind: 'accompaniment', instrument: null, amountMinCents: null });
    });

    it('unpublishing hides an offer, then its organisation, from the public directory; nothing is deleted', async () => {
      const organisation = await createOrganisation({ name: 'Atelier Éphémère' });
      const offer = await createOffer(organisation.id, { name: 'Atelier éphémère de test' });
      const second = await createOffer(organisation.id, { name: 'Second atelier éphémère' });
      expect((await publicSearch('ephemere')).sort()).toEqual([
        'Atelier éphémère de test',
        'Second atelier éphémère',
      ]);

      await admin
        .patch(`/api/admin/offers/${offer.id}`)
        .send({ version: offer.version, published: false })
        .expect(200);
      expect(await publicSearch('ephemere')).toEqual(['Second atelier éphémère']);

      await admin
        .patch(`/api/admin/organisations/${organisation.id}`)
        .send({ version: organisation.version, published: false })
        .expect(200);
      expect(await publicSearch('ephemere')).toEqual([]);
      expectError(await anonymous.get(`/api/directory/organisations/${organisation.id}`), 404, 'not_found');

      const kept = await admin.get(`/api/admin/organisations/${organisation.id}`).expect(200);
      expect(kept.body).toMatchObject({ published: false, offerCount: 2 });
      expect(second.id).toBeDefined();
    });

    it('has no way to delete: DELETE is not a route', async () => {
      const organisation = await createOrganisation();

      expectError(await admin.delete(`/api/admin/organisations/${organisation.id}`), 404, 'not_found');
      expect(await ctx.dataSource.getRepository(Organisation).existsBy({ id: organisation.id })).toBe(true);
    });
  });

  describe('concurrent edits', () => {
    it('a stale organisation version is a 409 and changes nothing', async () => {
      const organisation = await createOrganisation({ name: 'Version Une' });
      await admin
        .patch(`/api/admin/organisations/${organisation.id}`)
        .send({ version: organisation.version, description: 'Première modification' })
        .expect(200);

      const stale = await admin
        .patch(`/api/admin/organisations/${organisation.id}`)
        .send({ version: organisation.version, name: 'Écrasé' });

      expectError(stale, 409, 'conflict');
      const current = await admin.get(`/api/admin/organisations/${organisation.id}`).expect(200);
      expect(current.body).toMatchObject({
        name: 'Version Une',
        description: 'Première modification',
        version: 2,
      });
    });

    it('a stale offer version is a 409 and changes nothing', async () => {
      const organisation = await createOrganisation();
      const offer = await createOffer(organisation.id, { name: 'Offre v1' });
      await admin.patch(`/api/admin/offers/${offer.id}`).send({ version: 1, summary: 'v2' }).expect(200);

      expectError(
        await admin.patch(`/api/admin/offers/${offer.id}`).send({ version: 1, name: 'Écrasée' }),
        409,
        'conflict',
      );

      const stored = await ctx.dataSource.getRepository(Offer).findOneByOrFail({ id: offer.id });
      expect(stored).toMatchObject({ name: 'Offre v1', summary: 'v2', version: 2 });
    });

    it('of two edits sent at once from the same version, exactly one wins', async () => {
      const organisation = await createOrganisation({ name: 'Course' });

      const responses = await Promise.all(
        ['Gagnant A', 'Gagnant B'].map((name) =>
          admin
            .patch(`/api/admin/organisations/${organisation.id}`)
            .send({ version: organisation.version, name }),
        ),
      );

      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const stored = await ctx.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ id: organisation.id });
      expect(stored.version).toBe(2);
    });
  });

  describe('territories', () => {
    it("another territory's organisation or offer is a 404 for this admin, and stays as it was", async () => {
      const elsewhere = await ctx.newTerritory();
      const foreign = await ctx.newOrganisation(elsewhere, { name: 'Structure Voisine' });
      const foreignOffer = await newFundingOffer(ctx, foreign, {
        name: 'Offre voisine',
        instrument: 'grant',
      });

      expectError(await admin.get(`/api/admin/organisations/${foreign.id}`), 404, 'not_found');
      expectError(
        await admin.patch(`/api/admin/organisations/${foreign.id}`).send({ version: 1, name: 'Volée' }),
        404,
        'not_found',
      );
      expectError(
        await admin.post(`/api/admin/organisations/${foreign.id}/offers`).send(validOffer()),
        404,
        'not_found',
      );
      expectError(
        await admin.patch(`/api/admin/offers/${foreignOffer.id}`).send({ version: 1, name: 'Volée' }),
        404,
        'not_found',
      );
      const list = await admin.get('/api/admin/organisations').query({ pageSize: 50 }).expect(200);
      expect(namesOf(list.body as { items: { name: string }[] })).not.toContain('Structure Voisine');
      expect(
        await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: foreign.id }),
      ).toMatchObject({
        name: 'Structure Voisine',
        version: 1,
      });
      expect(await ctx.dataSource.getRepository(Offer).countBy({ organisationId: foreign.id })).toBe(1);
    });

    it.each<Role>(['holder', 'advisor', 'funder', 'platform_admin'])(
      '%s of the territory: 403 on every management route',
      async (role) => {
        const organisation = await ctx.newOrganisation(territory);
        const offer = await newOffer(ctx, organisation);
        const agent = await ctx.loginAs(
          await ctx.newUser({ role, territoryId: role === 'platform_admin' ? null : territory.id }),
        );

        const calls = [
          agent.get('/api/admin/organisations'),
          agent.post('/api/admin/organisations').send(validOrganisation()),
          agent.get(`/api/admin/organisations/${organisation.id}`),
          agent.patch(`/api/admin/organisations/${organisation.id}`).send({ version: 1, name: 'Non' }),
          agent.post(`/api/admin/organisations/${organisation.id}/offers`).send(validOffer()),
          agent.patch(`/api/admin/offers/${offer.id}`).send({ version: 1, name: 'Non' }),
        ];
        for (const response of await Promise.all(calls)) expectError(response, 403, 'forbidden');
        expect(
          await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id }),
        ).toMatchObject({
          version: 1,
        });
      },
    );
  });

  describe('bad input: a 400 naming the field, and nothing saved', () => {
    it('refuses communes and départements that are not the territory’s', async () => {
      const before = await organisationCount();

      const response = await admin
        .post('/api/admin/organisations')
        .send({ ...validOrganisation(), communes: ['44109', '75056'], departements: ['44', '75'] });

      expectInvalidFields(response, { communes: 'unknown_commune', departements: 'unknown_departement' });
      expect(await organisationCount()).toBe(before);
    });

    it('refuses an edit to an unknown commune and keeps the organisation as it was', async () => {
      const organisation = await createOrganisation({ communes: ['44109'] });

      const response = await admin
        .patch(`/api/admin/organisations/${organisation.id}`)
        .send({ version: organisation.version, name: 'Changé', communes: ['99999'] });

      expectInvalidFields(response, { communes: 'unknown_commune' });
      const stored = await ctx.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ id: organisation.id });
      expect(stored).toMatchObject({ name: 'Ruche des Tests', communes: ['44109'], version: 1 });
    });

    it('refuses malformed organisation fields, each named', async () => {
      const response = await admin.post('/api/admin/organisations').send({
        name: '   ',
        kind: 'bank',
        website: 'ftp://example.org',
        contactEmail: 'not-an-email',
        communes: ['Nantes'],
        published: 'yes',
      });
      expectInvalidFields(response, ['name', 'kind', 'website', 'contactEmail', 'communes', 'published']);
    });

    it('refuses a funding offer without an instrument, and an accompaniment with one', async () => {
      const organisation = await createOrganisation();
      const before = await offerCount();

      const funding = await admin
        .post(`/api/admin/organisations/${organisation.id}/offers`)
        .send({ ...validOffer(), kind: 'funding', needCategories: ['funding'] });
      const accompaniment = await admin
        .post(`/api/admin/organisations/${organisation.id}/offers`)
        .send({ ...validOffer(), instrument: 'grant' });

      expectInvalidFields(funding, { instrument: 'required' });
      expectInvalidFields(accompaniment, { instrument: 'not_allowed' });
      expect(await offerCount()).toBe(before);
    });

    it('refuses a minimum above the maximum, negative amounts and an offer serving no need', async () => {
      const organisation = await createOrganisation();
      const before = await offerCount();
      const post = (body: Record<string, unknown>) =>
        admin.post(`/api/admin/organisations/${organisation.id}/offers`).send({ ...validOffer(), ...body });

      expectInvalidFields(
        await post({
          kind: 'funding',
          instrument: 'grant',
          amountMinCents: 500_000,
          amountMaxCents: 100_000,
        }),
        { amountMaxCents: 'below_minimum' },
      );
      expectInvalidFields(await post({ kind: 'funding', instrument: 'grant', amountMinCents: -1 }), [
        'amountMinCents',
      ]);
      expectInvalidFields(await post({ needCategories: [] }), ['needCategories']);
      expectInvalidFields(await post({ needCategories: undefined }), ['needCategories']);
      expectInvalidFields(await post({ stages: ['adolescence'], sectors: ['space'] }), ['stages', 'sectors']);
      expect(await offerCount()).toBe(before);
    });

    it('checks an edit against the offer as it would be saved: a new minimum above the stored maximum', async () => {
      const organisation = await createOrganisation();
      const offer = await newFundingOffer(
        ctx,
        await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisation.id }),
        {
          instrument: 'grant',
          amountMinCents: 0,
          amountMaxCents: 100_000,
        },
      );

      const response = await admin
        .patch(`/api/admin/offers/${offer.id}`)
        .send({ version: 1, amountMinCents: 200_000 });
      const unfunded = await admin
        .patch(`/api/admin/offers/${offer.id}`)
        .send({ version: 1, instrument: null });

      expectInvalidFields(response, { amountMaxCents: 'below_minimum' });
      expectInvalidFields(unfunded, { instrument: 'required' });
      expect(await ctx.dataSource.getRepository(Offer).findOneByOrFail({ id: offer.id })).toMatchObject({
        amountMinCents: 0,
        instrument: 'grant',
        version: 1,
      });
    });

    it('an edit must say which version it starts from', async () => {
      const organisation = await createOrganisation();
      expectInvalidFields(
        await admin.patch(`/api/admin/organisations/${organisation.id}`).send({ name: 'Sans version' }),
        ['version'],
      );
    });
  });
});

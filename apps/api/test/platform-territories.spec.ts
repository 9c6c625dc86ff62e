import { departementCommunes } from '../src/database/seed/communes';
import { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import { mailsTo, OTHER_PASSWORD } from './auth-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('the platform’s territories', () => {
  let ctx: TestContext;
  let platformAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    platformAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'platform_admin', firstName: 'Alix', lastName: 'Martin' }),
    );
  });
  afterAll(() => ctx.close());

  // Territoire de Belfort and Paris: small départements, so the test loads few communes.
  const BELFORT = '90';
  const PARIS = '75';

  function createTerritory(body: Record<string, unknown>) {
    return platformAgent.post('/api/platform/territories').send({
      code: 'BFC',
      name: 'Bourgogne-Franche-Comté',
      departements: [BELFORT],
      operatorName: 'CRESS Bourgogne-Franche-Comté',
      ...body,
    });
  }

  /** The token of the newest invitation link mailed to this address. */
  async function mailedToken(email: string): Promise<string> {
    const mails = await mailsTo(ctx, email);
    const token = /\/staff-invitation\?token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text_body ?? '')?.[1];
    if (!token) throw new Error(`No invitation link was mailed to ${email}.`);
    return token;
  }

  it('creates a territory with its operator, the communes of its départements and a published questionnaire', async () => {
    const response = await createTerritory({});

    expect(response.status).toBe(201);
    const expectedCommunes = departementCommunes([BELFORT]).length;
    expect(expectedCommunes).toBeGreaterThan(50);
    expect(response.body).toEqual({
      id: expect.any(String),
      code: 'bfc',
      name: 'Bourgogne-Franche-Comté',
      departements: [BELFORT],
      slaDays: 5,
      inactivityDays: 30,
      contactEmail: null,
      operator: { id: expect.any(String), name: 'CRESS Bourgogne-Franche-Comté' },
      userCount: 0,
      caseCount: 0,
      communeCount: expectedCommunes,
      admins: [],
      createdAt: expect.any(String),
    });
    const territory = await ctx.dataSource.getRepository(Territory).findOneByOrFail({ id: response.body.id });
    expect(territory.operatorOrganisationId).toBe(response.body.operator.id);
    const operator = await ctx.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: response.body.operator.id });
    expect(operator).toMatchObject({ territoryId: territory.id, kind: 'support' });
    const [belfort] = await ctx.dataSource.query<{ name: string; territory_id: string }[]>(
      `SELECT name, territory_id FROM commune WHERE code = '90010'`,
    );
    expect(belfort).toEqual({ name: 'Belfort', territory_id: territory.id });
    const versions = await ctx.dataSource.query<{ number: number }[]>(
      'SELECT number FROM questionnaire_version WHERE territory_id = $1',
      [territory.id],
    );
    expect(versions).toEqual([{ number: 1 }]);
    // Listed at once on the signup form.
    const listed = await (await ctx.agent()).get('/api/territories').expect(200);
    expect(listed.body).toEqual(
      expect.arrayContaining([{ code: 'bfc', name: 'Bourgogne-Franche-Comté', departements: [BELFORT] }]),
    );
  });

  it('refuses a code already taken, whatever its case, with 409', async () => {
    await createTerritory({ code: 'DUP', departements: [PARIS] }).expect(201);

    const response = await createTerritory({ code: 'dup', departements: ['2A'] });

    expectError(response, 409, 'conflict');
    expect(await ctx.dataSource.getRepository(Territory).countBy({ code: 'dup' })).toBe(1);
  });

  it('refuses a département another territory covers, or one that does not exist, naming departements', async () => {
    await ctx.newTerritory({ departements: ['971'] });

    expectInvalidFields(await createTerritory({ code: 'GUA', departements: ['971'] }), {
      departements: 'already_covered',
    });
    expectInvalidFields(await createTerritory({ code: 'NOPE', departements: ['99'] }), {
      departements: 'unknown_departement',
    });
    expect(await ctx.dataSource.getRepository(Territory).countBy({ code: 'gua' })).toBe(0);
  });

  it('names each field of a territory that is not valid', async () => {
    const response = await platformAgent
      .post('/api/platform/territories')
      .send({ code: 'A1', name: ' ', departements: [], operatorName: '' });

    expectInvalidFields(response, ['code', 'name', 'departements', 'operatorName']);
  });

  it('renames a territory and changes its settings', async () => {
    const territory = await ctx.newTerritory({ name: 'Centre' });

    const response = await platformAgent
      .patch(`/api/platform/territories/${territory.id}`)
      .send({ name: 'Centre-Val de Loire', slaDays: 10, contactEmail: 'contact@cress-centre.example' });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: territory.id,
      name: 'Centre-Val de Loire',
      slaDays: 10,
      inactivityDays: 30,
      contactEmail: 'contact@cress-centre.example',
    });
    expectInvalidFields(
      await platformAgent.patch(`/api/platform/territories/${territory.id}`).send({ slaDays: 91 }),
      { slaDays: 'max' },
    );
  });

  it('answers 404 for a territory that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';

    expectError(
      await platformAgent.patch(`/api/platform/territories/${unknown}`).send({ name: 'X' }),
      404,
      'not_found',
    );
    expectError(
      await platformAgent
        .post(`/api/platform/territories/${unknown}/admins`)
        .send({ email: 'x@example.org', firstName: 'X', lastName: 'Y' }),
      404,
      'not_found',
    );
  });

  it('invites a territory admin of the operator, who then manages the new territory', async () => {
    const created = await createTerritory({ code: 'COR', name: 'Corse', departements: ['2B'] }).expect(201);
    const email = 'admin@cress-corse.example';

    const invited = await platformAgent
      .post(`/api/platform/territories/${created.body.id}/admins`)
      .send({ email, firstName: 'Paul', lastName: 'Santoni' });

    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      email,
      role: 'territory_admin',
      status: 'invited',
      organisation: created.body.operator,
    });
    const [mail] = await mailsTo(ctx, email);
    expect(mail?.text_body).toContain('Alix Martin vous invite');
    const listed = await platformAgent.get('/api/platform/territories').expect(200);
    const corse = listed.body.find((territory: { id: string }) => territory.id === created.body.id);
    expect(corse).toMatchObject({ userCount: 1, admins: [{ id: invited.body.id, status: 'invited' }] });

    const agent = await ctx.agent();
    await agent
      .post('/api/staff-invitations/accept')
      .send({ token: await mailedToken(email), password: OTHER_PASSWORD })
      .expect(200);
    const settings = await agent.get('/api/admin/territory').expect(200);
    expect(settings.body).toMatchObject({ code: 'cor', name: 'Corse' });
  });

  it('sends a territory admin a new link; the older one stops working', async () => {
    const territory = await ctx.newTerritory();
    const email = 'admin-relance@cress.example';
    const invited = await platformAgent
      .post(`/api/platform/territories/${territory.id}/admins`)
      .send({ email, firstName: 'Nina', lastName: 'Roux' })
      .expect(201);
    const first = await mailedToken(email);

    await platformAgent
      .post(`/api/platform/territories/${territory.id}/admins/${invited.body.id}/invitation`)
      .expect(200);

    expect(await mailedToken(email)).not.toBe(first);
    expectError(
      await (await ctx.agent()).post('/api/staff-invitations/preview').send({ token: first }),
      400,
      'invalid_token',
    );
  });

  it('keeps platform routes from territory admins (403)', async () => {
    const territory = await ctx.newTerritory();
    const adminAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
    );

    expectError(await adminAgent.get('/api/platform/territories'), 403, 'forbidden');
    expectError(
      await adminAgent
        .post('/api/platform/territories')
        .send({ code: 'HACK', name: 'Hack', departements: ['974'], operatorName: 'Hack' }),
      403,
      'forbidden',
    );
    expectError(
      await adminAgent.patch(`/api/platform/territories/${territory.id}`).send({ name: 'Mine' }),
      403,
      'forbidden',
    );
    expectError(
      await adminAgent
        .post(`/api/platform/territories/${territory.id}/admins`)
        .send({ email: 'x@example.org', firstName: 'X', lastName: 'Y' }),
      403,
      'forbidden',
    );
  });
});

import { Project } from '../src/projects/project.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Territory } from '../src/territories/territory.entity';
import { User } from '../src/users/user.entity';
import { mailsTo } from './auth-fixtures';
import {
  answeredDiagnostic,
  INVALID_SIRET,
  newCommune,
  newProject,
  projectBody,
  publishQuestionnaire,
  SMALL_ANSWERS,
  VALID_SIRET,
} from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('projects', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let agent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    commune = await newCommune(ctx, territory, { name: 'Nantes', departementCode: '44' });
    holder = await ctx.newUser({ territoryId: territory.id });
    agent = await ctx.loginAs(holder);
  });
  afterAll(() => ctx.close());

  const projectCount = () => ctx.dataSource.getRepository(Project).countBy({ territoryId: territory.id });

  it('a holder creates a project in a commune of their territory, and holds it as owner', async () => {
    const response = await agent
      .post('/api/projects')
      .send(projectBody(commune, { siret: '130 005 481 00010' }))
      .expect(201);

    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'La Recyclerie du Val',
      summary: 'Collecte, réparation et revente d’objets.',
      legalForm: 'association',
      siret: VALID_SIRET,
      sector: 'circular_economy',
      stage: 'creation',
      commune: { code: commune.code, name: 'Nantes', departementCode: '44' },
      jobsNow: 2,
      jobsPlanned: 5,
      fundingNeedCents: 4_000_000,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      myRole: 'owner',
      members: [{ userId: holder.id, firstName: 'Camille', lastName: 'Durand', role: 'owner' }],
      pendingInvitations: [],
      latestDiagnostic: null,
      case: null,
    });
    const read = await agent.get(`/api/projects/${response.body.id}`).expect(200);
    expect(read.body).toEqual(response.body);
  });

  it('lists the projects the holder holds, newest first, and no one else’s', async () => {
    const other = await ctx.newUser({ territoryId: territory.id });
    await newProject(ctx, other, commune, { name: 'Pas à moi' });
    const first = await agent
      .post('/api/projects')
      .send(projectBody(commune, { name: 'Premier' }))
      .expect(201);
    const second = await agent
      .post('/api/projects')
      .send(projectBody(commune, { name: 'Second' }))
      .expect(201);

    const names = (await agent.get('/api/projects').expect(200)).body.map((p: { name: string }) => p.name);

    expect(names.indexOf('Second')).toBeLessThan(names.indexOf('Premier'));
    expect(names).not.toContain('Pas à moi');
    expect(first.body.id).not.toBe(second.body.id);
  });

  it('another holder gets a 404 for a project they do not hold, to read, edit or invite', async () => {
    const project = await newProject(ctx, holder, commune);
    const stranger = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));

    expectError(await stranger.get(`/api/projects/${project.id}`), 404, 'not_found');
    expectError(
      await stranger.patch(`/api/projects/${project.id}`).send({ version: 1, name: 'x' }),
      404,
      'not_found',
    );
    expectError(
      await stranger.post(`/api/projects/${project.id}/invitations`).send({ email: 'a@example.org' }),
      404,
      'not_found',
    );
    expectError(await stranger.get('/api/projects/not-a-uuid'), 404, 'not_found');
  });

  it('a SIRET that fails the check is a 400 on siret, and nothing is saved', async () => {
    const before = await projectCount();

    expectInvalidFields(
      await agent.post('/api/projects').send(projectBody(commune, { siret: INVALID_SIRET })),
      {
        siret: 'invalid_siret',
      },
    );
    expectInvalidFields(await agent.post('/api/projects').send(projectBody(commune, { siret: '1234' })), {
      siret: 'invalid_siret',
    });
    expect(await projectCount()).toBe(before);
  });

  it('a commune of another territory, or no commune at all, is a 400 on communeCode, and nothing is saved', async () => {
    const elsewhere = await newCommune(ctx, await ctx.newTerritory());
    const before = await projectCount();

    expectInvalidFields(await agent.post('/api/projects').send(projectBody(elsewhere)), {
      communeCode: 'unknown_commune',
    });
    expectInvalidFields(
      await agent.post('/api/projects').send(projectBody(commune, { communeCode: '99999' })),
      {
        communeCode: 'unknown_commune',
      },
    );
    expect(await projectCount()).toBe(before);
  });

  it('an empty name, an unknown vocabulary word and negative or fractional numbers are 400s naming each field', async () => {
    const before = await projectCount();

    const response = await agent.post('/api/projects').send(
      projectBody(commune, {
        name: '  ',
        legalForm: 'sarl',
        stage: 'someday',
        jobsNow: -1,
        jobsPlanned: 2.5,
        fundingNeedCents: -100,
      }),
    );

    expectInvalidFields(response, [
      'name',
      'legalForm',
      'stage',
      'jobsNow',
      'jobsPlanned',
      'fundingNeedCents',
    ]);
    expectInvalidFields(
      await agent.post('/api/projects').send(projectBody(commune, { name: 'x'.repeat(201) })),
      ['name'],
    );
    expect(await projectCount()).toBe(before);
  });

  it('an edit that sends the version read is saved and bumps the version; a stale version is a 409 that changes nothing', async () => {
    const created = await agent.post('/api/projects').send(projectBody(commune)).expect(201);
    const id = created.body.id as string;

    const edited = await agent
      .patch(`/api/projects/${id}`)
      .send({ version: 1, name: 'Nouveau nom', jobsPlanned: 8, siret: VALID_SIRET })
      .expect(200);
    expect(edited.body).toMatchObject({
      name: 'Nouveau nom',
      jobsPlanned: 8,
      siret: VALID_SIRET,
      version: 2,
    });

    expectError(
      await agent.patch(`/api/projects/${id}`).send({ version: 1, name: 'Écrasé' }),
      409,
      'conflict',
    );
    expect((await agent.get(`/api/projects/${id}`).expect(200)).body).toMatchObject({
      name: 'Nouveau nom',
      version: 2,
    });

    const cleared = await agent.patch(`/api/projects/${id}`).send({ version: 2, siret: null }).expect(200);
    expect(cleared.body).toMatchObject({ siret: null, version: 3 });
  });

  it('an edit with bad fields is a 400 naming them, and changes nothing', async () => {
    const project = await newProject(ctx, holder, commune, { name: 'Intact' });
    const elsewhere = await newCommune(ctx, await ctx.newTerritory());

    expectInvalidFields(await agent.patch(`/api/projects/${project.id}`).send({ version: 1, name: null }), [
      'name',
    ]);
    expectInvalidFields(
      await agent.patch(`/api/projects/${project.id}`).send({ version: 1, communeCode: elsewhere.code }),
      { communeCode: 'unknown_commune' },
    );
    expectInvalidFields(await agent.patch(`/api/projects/${project.id}`).send({ name: 'Sans version' }), [
      'version',
    ]);
    expect(await ctx.dataSource.getRepository(Project).findOneByOrFail({ id: project.id })).toMatchObject({
      name: 'Intact',
      version: 1,
    });
  });

  describe('co-holders', () => {
    async function invite(projectId: string, email: string): Promise<string> {
      await agent.post(`/api/projects/${projectId}/invitations`).send({ email }).expect(201);
      const mails = await mailsTo(ctx, email);
      const token = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text_body ?? '')?.[1];
      if (!token) throw new Error(`no invitation link mailed to ${email}`);
      return token;
    }

    it('a holder invites a co-holder by email; accepting the link makes them a co-holder who sees and edits the project', async () => {
      const project = await newProject(ctx, holder, commune, { name: 'Projet partagé' });
      const response = await agent
        .post(`/api/projects/${project.id}/invitations`)
        .send({ email: 'Associee@Example.org' })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        email: 'associee@example.org',
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      });
      const days = (Date.parse(response.body.expiresAt) - Date.parse(response.body.createdAt)) / 86_400_000;
      expect(days).toBeCloseTo(7, 1);
      const [mail] = await mailsTo(ctx, 'associee@example.org');
      expect(mail?.text_body).toContain(`${ctx.config.appUrl}/invitations/accept?token=`);
      expect((await agent.get(`/api/projects/${project.id}`)).body.pendingInvitations).toHaveLength(1);
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';

      const coHolder = await ctx.newUser({ territoryId: territory.id, firstName: 'Sam' });
      const coAgent = await ctx.loginAs(coHolder);
      const accepted = await coAgent.post('/api/project-invitations/accept').send({ token }).expect(200);

      expect(accepted.body).toMatchObject({ id: project.id, myRole: 'co_holder', pendingInvitations: [] });
      expect(accepted.body.members).toEqual([
        expect.objectContaining({ userId: holder.id, role: 'owner' }),
        expect.objectContaining({ userId: coHolder.id, firstName: 'Sam', role: 'co_holder' }),
      ]);
      expect((await coAgent.get('/api/projects').expect(200)).body.map((p: { id: string }) => p.id)).toEqual([
        project.id,
      ]);
      await coAgent
        .patch(`/api/projects/${project.id}`)
        .send({ version: 1, summary: 'Revu à deux' })
        .expect(200);
      expect((await agent.get(`/api/projects/${project.id}`)).body.summary).toBe('Revu à deux');
    });

    it('accepting a link sent to one’s own address confirms it; a link sent elsewhere confirms nothing', async () => {
      const invite = async (email: string) => {
        const project = await newProject(ctx, holder, commune);
        await agent.post(`/api/projects/${project.id}/invitations`).send({ email }).expect(201);
        const [mail] = await mailsTo(ctx, email);
        return /token=([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '';
      };
      const confirmedAt = async (user: { id: string }) =>
        (await ctx.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).emailConfirmedAt;

      const invitee = await ctx.newUser({ territoryId: territory.id, emailConfirmedAt: null });
      const inviteeAgent = await ctx.loginAs(invitee);
      await inviteeAgent
        .post('/api/project-invitations/accept')
        .send({ token: await invite(invitee.email) })
        .expect(200);
      expect(await confirmedAt(invitee)).toBeInstanceOf(Date);

      const other = await ctx.newUser({ territoryId: territory.id, emailConfirmedAt: null });
      const otherAgent = await ctx.loginAs(other);
      await otherAgent
        .post('/api/project-invitations/accept')
        .send({ token: await invite(`quelqu-un-${Date.now()}@example.org`) })
        .expect(200);
      expect(await confirmedAt(other)).toBeNull();
    });

    it('an invitation link works once; an unknown or expired link is a 400 invalid_token', async () => {
      const project = await newProject(ctx, holder, commune);
      const token = await invite(project.id, 'une-fois@example.org');
      const first = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
      const second = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
      await first.post('/api/project-invitations/accept').send({ token }).expect(200);

      expectError(await second.post('/api/project-invitations/accept').send({ token }), 400, 'invalid_token');
      expectError(
        await second.post('/api/project-invitations/accept').send({ token: 'nope' }),
        400,
        'invalid_token',
      );

      const expired = await invite(project.id, 'trop-tard@example.org');
      await ctx.dataSource.query(
        `UPDATE project_invitation SET expires_at = now() - interval '1 minute' WHERE email = 'trop-tard@example.org'`,
      );
      expectError(
        await second.post('/api/project-invitations/accept').send({ token: expired }),
        400,
        'invalid_token',
      );
      expectError(await second.get(`/api/projects/${project.id}`), 404, 'not_found');
    });

    it('a holder of another territory cannot join through a link (400 invalid_token), and it stays usable', async () => {
      const project = await newProject(ctx, holder, commune);
      const token = await invite(project.id, 'ailleurs@example.org');
      const foreigner = await ctx.loginAs('holder');

      expectError(
        await foreigner.post('/api/project-invitations/accept').send({ token }),
        400,
        'invalid_token',
      );
      expectError(await foreigner.get(`/api/projects/${project.id}`), 404, 'not_found');
      const local = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
      await local.post('/api/project-invitations/accept').send({ token }).expect(200);
    });

    it('a holder who opens a link to a project they already hold stays what they were', async () => {
      const project = await newProject(ctx, holder, commune);
      const token = await invite(project.id, 'moi-meme@example.org');

      const response = await agent.post('/api/project-invitations/accept').send({ token }).expect(200);

      expect(response.body.myRole).toBe('owner');
      expect(response.body.members).toHaveLength(1);
    });
  });

  describe('staff', () => {
    it('an advisor of the territory reads a project once it has a case, as staff, but not before', async () => {
      await publishQuestionnaire(ctx, territory);
      const project = await newProject(ctx, holder, commune);
      const advisor = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
      const admin = await ctx.loginAs(
        await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
      );
      expectError(await advisor.get(`/api/projects/${project.id}`), 404, 'not_found');

      const diagnosticId = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
      await agent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);

      const seen = await advisor.get(`/api/projects/${project.id}`).expect(200);
      expect(seen.body).toMatchObject({
        id: project.id,
        myRole: 'staff',
        pendingInvitations: [],
        latestDiagnostic: { id: diagnosticId, status: 'submitted' },
        case: { reference: expect.any(String), stage: 'submitted' },
      });
      expect((await admin.get(`/api/projects/${project.id}`).expect(200)).body.myRole).toBe('staff');
      expectError(
        await advisor.patch(`/api/projects/${project.id}`).send({ version: 1, name: 'x' }),
        403,
        'forbidden',
      );
    });

    it('an advisor of another territory, and a funder, get a 404 even for a project with a case', async () => {
      const project = await newProject(ctx, holder, commune);
      const diagnosticId = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
      await agent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
      const outsider = await ctx.loginAs('advisor');
      const funder = await ctx.loginAs(await ctx.newUser({ role: 'funder', territoryId: territory.id }));

      expectError(await outsider.get(`/api/projects/${project.id}`), 404, 'not_found');
      expectError(await funder.get(`/api/projects/${project.id}`), 404, 'not_found');
    });
  });
});

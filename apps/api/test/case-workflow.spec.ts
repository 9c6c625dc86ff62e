import { CaseFile } from '../src/cases/case-file.entity';
import { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('the case workflow through the API', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let advisor: User;
  let advisorAgent: Agent;
  let partnerAdvisor: User;
  let partnerAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    const partner = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    advisor = await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id });
    advisorAgent = await ctx.loginAs(advisor);
    partnerAdvisor = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: partner.id,
    });
    partnerAgent = await ctx.loginAs(partnerAdvisor);
    expect(await ctx.dataSource.getRepository(Organisation).count()).toBeGreaterThanOrEqual(2);
  });
  afterAll(() => ctx.close());

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  async function move(agent: Agent, caseId: string, body: Record<string, unknown>) {
    const { body: current } = await agent.get(`/api/cases/${caseId}`).expect(200);
    return agent.post(`/api/cases/${caseId}/moves`).send({ version: current.version, ...body });
  }

  it('walks a case through every stage: take, advance, back, hold, resume, close, reopen', async () => {
    const caseId = await openCase();

    const taken = await move(advisorAgent, caseId, { to: 'orientation' });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ stage: 'orientation', leadAdvisorId: advisor.id });
    expect(taken.body.moves.map((m: { to: string }) => m.to)).toEqual([
      'accompaniment',
      'funding',
      'on_hold',
      'closed',
    ]);

    expect((await move(advisorAgent, caseId, { to: 'accompaniment' })).body.stage).toBe('accompaniment');
    expect((await move(advisorAgent, caseId, { to: 'funding' })).body.stage).toBe('funding');
    expect(
      (
        await move(advisorAgent, caseId, {
          to: 'orientation',
          reason: 'Le modèle économique est à reprendre',
        })
      ).body.stage,
    ).toBe('orientation');
    expect(
      (await move(advisorAgent, caseId, { to: 'on_hold', reason: 'En attente des statuts' })).body.stage,
    ).toBe('on_hold');
    expect((await move(advisorAgent, caseId, { to: 'orientation' })).body.stage).toBe('orientation');
    const closed = await move(advisorAgent, caseId, {
      to: 'closed',
      reason: 'Orienté vers un autre réseau',
      outcome: 'oriented_elsewhere',
    });
    expect(closed.body).toMatchObject({ stage: 'closed', closureOutcome: 'oriented_elsewhere' });
    const reopened = await move(advisorAgent, caseId, {
      to: 'orientation',
      reason: 'Le porteur revient vers nous',
    });
    expect(reopened.body).toMatchObject({ stage: 'orientation', closureOutcome: null });
    expect(Object.keys(reopened.body.stageEnteredAt).sort()).toEqual(
      ['accompaniment', 'closed', 'funding', 'on_hold', 'orientation', 'submitted'].sort(),
    );
  });

  it('refuses a move the workflow does not allow with a 409 naming why, and changes nothing', async () => {
    const caseId = await openCase();
    expectError(await move(advisorAgent, caseId, { to: 'funding' }), 409, 'conflict');
    const caseFile = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId });
    expect(caseFile.stage).toBe('submitted');
  });

  it('lets only an advisor of the operator take a submitted case', async () => {
    const caseId = await openCase();
    // A partner's advisor does not see a case nobody gave or oriented to them.
    expectError(
      await partnerAgent.post(`/api/cases/${caseId}/moves`).send({ version: 1, to: 'orientation' }),
      404,
      'not_found',
    );
    // Made a follower, they see it, but taking a submitted case is for the operator's advisors.
    const { body } = await advisorAgent.get(`/api/cases/${caseId}`).expect(200);
    await advisorAgent
      .post(`/api/cases/${caseId}/assignment`)
      .send({ leadAdvisorId: advisor.id, followerIds: [partnerAdvisor.id], version: body.version })
      .expect(200);
    const refused = await move(partnerAgent, caseId, { to: 'orientation' });
    expectError(refused, 409, 'conflict');
    expect(refused.body.message).toContain('advisors of this case');
  });

  it('asks for a reason to go back, hold or close, and an outcome to close (400 naming the field)', async () => {
    const caseId = await openCase();
    await move(advisorAgent, caseId, { to: 'orientation' });
    expectInvalidFields(await move(advisorAgent, caseId, { to: 'on_hold' }), {
      reason: 'required',
    });
    expectInvalidFields(await move(advisorAgent, caseId, { to: 'closed', reason: 'Fini' }), {
      outcome: 'required',
    });
    expectInvalidFields(await move(advisorAgent, caseId, { to: 'closed', reason: 'Fini', outcome: 'won' }), {
      outcome: 'isIn',
    });
  });

  it('answers 409 on a stale version, so two advisors never overwrite each other', async () => {
    const caseId = await openCase();
    const { body } = await advisorAgent.get(`/api/cases/${caseId}`).expect(200);
    await advisorAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'orientation', version: body.version })
      .expect(200);
    const stale = await advisorAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'accompaniment', version: body.version });
    expectError(stale, 409, 'conflict');
    expect((await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId })).stage).toBe(
      'orientation',
    );
  });

  it('shows the holder where the case went but not the reason, and offers the holder no move', async () => {
    const caseId = await openCase();
    await move(advisorAgent, caseId, { to: 'orientation' });
    await move(advisorAgent, caseId, { to: 'on_hold', reason: 'Motif interne au réseau' });

    const { body } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
    const changes = body.events.filter((event: { kind: string }) => event.kind === 'stage_changed');
    expect(changes.map((event: { payload: { to: string } }) => event.payload.to)).toEqual([
      'orientation',
      'on_hold',
    ]);
    expect(JSON.stringify(body.events)).not.toContain('Motif interne');
    expect(body.moves).toEqual([]);
  });

  it('gives a 404 to an advisor of another territory', async () => {
    const caseId = await openCase();
    const outsider = await ctx.loginAs('advisor');
    expectError(
      await outsider.post(`/api/cases/${caseId}/moves`).send({ to: 'orientation', version: 1 }),
      404,
      'not_found',
    );
  });
});

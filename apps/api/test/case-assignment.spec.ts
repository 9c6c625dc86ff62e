import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFile } from '../src/cases/case-file.entity';
import type { Commune } from '../src/territories/commune.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('assigning a case', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let karim: User;
  let karimAgent: Agent;
  let colleague: User;
  let colleagueAgent: Agent;
  let partner: User;
  let partnerAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    const partnerOrganisation = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    const advisorOf = (organisationId: string) =>
      ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId });
    karim = await advisorOf(operator.id);
    colleague = await advisorOf(operator.id);
    partner = await advisorOf(partnerOrganisation.id);
    karimAgent = await ctx.loginAs(karim);
    colleagueAgent = await ctx.loginAs(colleague);
    partnerAgent = await ctx.loginAs(partner);
  });
  afterAll(() => ctx.close());

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  async function assign(agent: Agent, caseId: string, body: Record<string, unknown>) {
    const { body: current } = await karimAgent.get(`/api/cases/${caseId}`).expect(200);
    return agent.post(`/api/cases/${caseId}/assignment`).send({ version: current.version, ...body });
  }

  it('an advisor of the operator gives a case to a colleague with a follower; the follower may move it', async () => {
    const caseId = await openCase();

    const assigned = await assign(karimAgent, caseId, {
      leadAdvisorId: colleague.id,
      followerIds: [partner.id],
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ leadAdvisorId: colleague.id, followerIds: [partner.id] });

    const { body } = await partnerAgent.get(`/api/cases/${caseId}`).expect(200);
    const taken = await partnerAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'orientation', version: body.version });
    // A partner advisor may not take a submitted case (that is the operator's), even as a follower…
    expectError(taken, 409, 'conflict');
    const { body: again } = await colleagueAgent.get(`/api/cases/${caseId}`).expect(200);
    await colleagueAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'orientation', version: again.version })
      .expect(200);
    // …but once the case is under way, a follower is one of its advisors.
    const { body: oriented } = await partnerAgent.get(`/api/cases/${caseId}`).expect(200);
    await partnerAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'accompaniment', version: oriented.version })
      .expect(200);
  });

  it('records the assignment on the internal timeline only', async () => {
    const caseId = await openCase();
    await assign(karimAgent, caseId, { leadAdvisorId: karim.id }).then((response) =>
      expect(response.status).toBe(200),
    );
    const events = await ctx.dataSource.getRepository(CaseEvent).findBy({ caseId, kind: 'assigned' });
    expect(events.map((event) => event.visibility)).toEqual(['internal']);
    const { body } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
    expect(body.events.map((event: { kind: string }) => event.kind)).not.toContain('assigned');
    expect(body.followerIds).toEqual([]);
  });

  it('refuses someone who is not an active advisor of the territory, naming the field, and changes nothing', async () => {
    const caseId = await openCase();
    expectInvalidFields(await assign(karimAgent, caseId, { leadAdvisorId: holder.id }), {
      leadAdvisorId: 'not_an_advisor',
    });
    const outsider = await ctx.newUser({ role: 'advisor' });
    expectInvalidFields(
      await assign(karimAgent, caseId, { leadAdvisorId: karim.id, followerIds: [outsider.id] }),
      {
        followerIds: 'not_an_advisor',
      },
    );
    expect(
      (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId })).leadAdvisorId,
    ).toBeNull();
  });

  it('lets a partner advisor who does not lead the case assign nothing', async () => {
    const caseId = await openCase();
    // The case was neither given nor oriented to the partner: for them it does not exist.
    expectError(await assign(partnerAgent, caseId, { leadAdvisorId: partner.id }), 404, 'not_found');
    // Once following it, they see it but still cannot assign it.
    const { body } = await karimAgent.get(`/api/cases/${caseId}`).expect(200);
    await karimAgent
      .post(`/api/cases/${caseId}/assignment`)
      .send({ leadAdvisorId: karim.id, followerIds: [partner.id], version: body.version })
      .expect(200);
    expectError(await assign(partnerAgent, caseId, { leadAdvisorId: partner.id }), 403, 'forbidden');
  });

  it('answers 409 on a stale version', async () => {
    const caseId = await openCase();
    const { body } = await karimAgent.get(`/api/cases/${caseId}`).expect(200);
    await karimAgent
      .post(`/api/cases/${caseId}/assignment`)
      .send({ leadAdvisorId: karim.id, version: body.version })
      .expect(200);
    const stale = await colleagueAgent
      .post(`/api/cases/${caseId}/assignment`)
      .send({ leadAdvisorId: colleague.id, version: body.version });
    expectError(stale, 409, 'conflict');
    expect((await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId })).leadAdvisorId).toBe(
      karim.id,
    );
  });
});

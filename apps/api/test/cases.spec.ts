import { CaseEvent } from '../src/cases/case-event.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import {
  answeredDiagnostic,
  newCommune,
  newProject,
  publishQuestionnaire,
  SMALL_ANSWERS,
} from './holder-journey-fixtures';
import { expectError } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('cases, as the holder sees them', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let agent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    agent = await ctx.loginAs(holder);
  });
  afterAll(() => ctx.close());

  /** A submitted diagnostic's case, with an internal note beside the shared "submitted" event. */
  async function openCase(name: string) {
    const project = await newProject(ctx, holder, commune, { name });
    const diagnosticId = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
    const { body } = await agent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
    await ctx.dataSource.getRepository(CaseEvent).insert({
      caseId: body.case.id,
      territoryId: territory.id,
      kind: 'note',
      visibility: 'internal',
      payload: { text: 'Entre nous' },
    });
    return {
      project,
      diagnosticId,
      caseId: body.case.id as string,
      reference: body.case.reference as string,
    };
  }

  it('lists the cases of the holder’s projects, newest first, and no one else’s', async () => {
    const first = await openCase('Premier');
    const second = await openCase('Second');
    const stranger = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));

    const response = await agent.get('/api/cases').expect(200);

    expect(response.body.slice(0, 2)).toEqual([
      {
        id: second.caseId,
        reference: second.reference,
        stage: 'submitted',
        submittedAt: expect.any(String),
        project: { id: second.project.id, name: 'Second' },
      },
      expect.objectContaining({ id: first.caseId, project: { id: first.project.id, name: 'Premier' } }),
    ]);
    expect((await stranger.get('/api/cases').expect(200)).body).toEqual([]);
  });

  it('shows the holder the case with its shared events only', async () => {
    const opened = await openCase('Suivi');

    const response = await agent.get(`/api/cases/${opened.caseId}`).expect(200);

    expect(response.body).toEqual({
      id: opened.caseId,
      reference: opened.reference,
      stage: 'submitted',
      stageEnteredAt: { submitted: expect.any(String) },
      submittedAt: expect.any(String),
      lastEventAt: expect.any(String),
      priority: 'normal',
      project: {
        id: opened.project.id,
        name: 'Suivi',
        summary: opened.project.summary,
        legalForm: opened.project.legalForm,
        sector: opened.project.sector,
        stage: opened.project.stage,
        commune: { code: commune.code, name: commune.name },
      },
      holders: [{ id: holder.id, firstName: holder.firstName, lastName: holder.lastName }],
      diagnosticId: opened.diagnosticId,
      events: [
        {
          id: expect.any(String),
          actor: { id: holder.id, firstName: holder.firstName, lastName: holder.lastName },
          kind: 'submitted',
          visibility: 'shared',
          createdAt: expect.any(String),
          payload: { diagnosticId: opened.diagnosticId, reference: opened.reference },
        },
      ],
      version: expect.any(Number),
      leadAdvisorId: null,
      leadAdvisor: null,
      followerIds: [],
      followers: [],
      closureOutcome: null,
      caseAdvisor: false,
      // A holder follows the case; only its advisors move it.
      moves: [],
    });
  });

  it('a co-holder’s project cases are theirs too; another holder gets a 404', async () => {
    const opened = await openCase('Partagé');
    const coHolder = await ctx.newUser({ territoryId: territory.id });
    await ctx.dataSource.query(
      `INSERT INTO project_member (project_id, user_id, role) VALUES ($1, $2, 'co_holder')`,
      [opened.project.id, coHolder.id],
    );
    const stranger = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));

    await (await ctx.loginAs(coHolder)).get(`/api/cases/${opened.caseId}`).expect(200);
    expectError(await stranger.get(`/api/cases/${opened.caseId}`), 404, 'not_found');
    expectError(await stranger.get('/api/cases/not-a-uuid'), 404, 'not_found');
  });

  it('advisors and admins of the territory read the case with every event; staff of another territory and funders get a 404', async () => {
    const opened = await openCase('Dossier');
    const advisor = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
    const admin = await ctx.loginAs(
      await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
    );
    const outsider = await ctx.loginAs('advisor');
    const funder = await ctx.loginAs(await ctx.newUser({ role: 'funder', territoryId: territory.id }));

    const seen = await advisor.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(seen.body.events.map((event: { kind: string }) => event.kind)).toEqual(['submitted', 'note']);
    await admin.get(`/api/cases/${opened.caseId}`).expect(200);
    expectError(await outsider.get(`/api/cases/${opened.caseId}`), 404, 'not_found');
    expectError(await funder.get(`/api/cases/${opened.caseId}`), 404, 'not_found');
  });

  it('gives the case page its header: project, holders, lead and followers, priority, actors of events', async () => {
    const opened = await openCase('Épicerie du Bourg');
    const lead = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      firstName: 'Karim',
      lastName: 'Benali',
    });
    const follower = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      firstName: 'Lou',
      lastName: 'Perrin',
    });
    const leadAgent = await ctx.loginAs(lead);
    const before = await leadAgent.get(`/api/cases/${opened.caseId}`).expect(200);
    await leadAgent
      .post(`/api/cases/${opened.caseId}/assignment`)
      .send({ leadAdvisorId: lead.id, followerIds: [follower.id], version: before.body.version })
      .expect(200);

    const { body } = await leadAgent.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(body).toMatchObject({
      priority: 'normal',
      project: { name: 'Épicerie du Bourg', commune: { code: commune.code, name: commune.name } },
      holders: [{ id: holder.id, firstName: holder.firstName, lastName: holder.lastName }],
      leadAdvisor: { id: lead.id, firstName: 'Karim', lastName: 'Benali' },
      followers: [{ id: follower.id, firstName: 'Lou', lastName: 'Perrin' }],
      caseAdvisor: true,
    });
    const assigned = body.events.find((event: { kind: string }) => event.kind === 'assigned');
    expect(assigned.actor).toEqual({ id: lead.id, firstName: 'Karim', lastName: 'Benali' });
    expect(Date.parse(body.lastEventAt)).toBe(Date.parse(assigned.createdAt));

    // The holder sees who leads the case, never the followers or the assignment itself.
    const seen = await agent.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(seen.body).toMatchObject({ leadAdvisor: { id: lead.id }, followers: [], caseAdvisor: false });
    expect(seen.body.events.map((event: { kind: string }) => event.kind)).toEqual(['submitted']);
  });

  it('lets the staff set the priority, version checked, with an internal event; holders cannot', async () => {
    const opened = await openCase('Recyclerie');
    const advisor = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
    const { body: before } = await advisor.get(`/api/cases/${opened.caseId}`).expect(200);

    const raised = await advisor
      .patch(`/api/cases/${opened.caseId}`)
      .send({ priority: 'high', version: before.version })
      .expect(200);
    expect(raised.body).toMatchObject({ priority: 'high', version: before.version + 1 });
    expect(raised.body.events.at(-1)).toMatchObject({
      kind: 'priority_changed',
      visibility: 'internal',
      payload: { from: 'normal', to: 'high' },
    });

    expectError(
      await advisor
        .patch(`/api/cases/${opened.caseId}`)
        .send({ priority: 'normal', version: before.version }),
      409,
      'conflict',
    );
    const invalid = await advisor
      .patch(`/api/cases/${opened.caseId}`)
      .send({ priority: 'urgent', version: raised.body.version });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details).toEqual([expect.objectContaining({ field: 'priority' })]);
    expectError(
      await agent
        .patch(`/api/cases/${opened.caseId}`)
        .send({ priority: 'normal', version: raised.body.version }),
      403,
      'forbidden',
    );
    const { body: after } = await advisor.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(after).toMatchObject({ priority: 'high', version: raised.body.version });
  });
});

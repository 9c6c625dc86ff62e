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
      project: { id: opened.project.id, name: 'Suivi' },
      diagnosticId: opened.diagnosticId,
      events: [
        {
          id: expect.any(String),
          kind: 'submitted',
          visibility: 'shared',
          createdAt: expect.any(String),
          payload: { diagnosticId: opened.diagnosticId, reference: opened.reference },
        },
      ],
      version: expect.any(Number),
      leadAdvisorId: null,
      followerIds: [],
      closureOutcome: null,
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
});

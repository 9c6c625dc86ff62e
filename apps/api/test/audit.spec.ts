import { CaseFile } from '../src/cases/case-file.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
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
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('audit of access to dossiers', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let opened: { caseId: string; projectId: string; diagnosticId: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    const project = await newProject(ctx, holder, commune, { name: 'Recyclerie du Marais' });
    const diagnosticId = await answeredDiagnostic(holderAgent, project.id, SMALL_ANSWERS);
    await holderAgent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
    const caseFile = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ diagnosticId });
    opened = { caseId: caseFile.id, projectId: project.id, diagnosticId };
  });
  afterAll(() => ctx.close());

  const entriesFor = (recordId: string) =>
    ctx.dataSource.getRepository(AuditEntry).find({ where: { recordId }, order: { createdAt: 'ASC' } });

  it('records each time an advisor opens a case, its project and its diagnostic: who, what, when, from where', async () => {
    const advisor = await ctx.newUser({ role: 'advisor', territoryId: territory.id });
    const agent = await ctx.loginAs(advisor);

    await agent.get(`/api/cases/${opened.caseId}`).expect(200);
    await agent.get(`/api/projects/${opened.projectId}`).expect(200);
    await agent.get(`/api/diagnostics/${opened.diagnosticId}/results`).expect(200);

    const [caseEntry] = await entriesFor(opened.caseId);
    expect(caseEntry).toMatchObject({
      actorId: advisor.id,
      actorRole: 'advisor',
      action: 'read',
      recordType: 'case',
      territoryId: territory.id,
    });
    expect(caseEntry?.ip).toBeTruthy();
    expect(caseEntry?.requestId).toBeTruthy();
    expect((await entriesFor(opened.projectId)).map((entry) => entry.recordType)).toEqual(['project']);
    expect((await entriesFor(opened.diagnosticId)).map((entry) => entry.recordType)).toEqual(['diagnostic']);
  });

  it('does not record the holder reading their own dossier', async () => {
    const before = (await entriesFor(opened.caseId)).length;
    await holderAgent.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(await entriesFor(opened.caseId)).toHaveLength(before);
  });

  it('records nothing when the access is refused', async () => {
    const outsider = await ctx.loginAs('advisor');
    const before = (await entriesFor(opened.caseId)).length;
    await outsider.get(`/api/cases/${opened.caseId}`).expect(404);
    expect(await entriesFor(opened.caseId)).toHaveLength(before);
  });

  it('never lets an audit entry be changed', async () => {
    const [entry] = await entriesFor(opened.caseId);
    await expect(
      ctx.dataSource.query(`UPDATE audit_entry SET action = 'nothing' WHERE id = $1`, [entry?.id]),
    ).rejects.toThrow('audit entries are never changed');
  });
});

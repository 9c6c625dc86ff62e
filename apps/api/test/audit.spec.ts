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

    const caseEntries = await entriesFor(opened.caseId);
    expect(caseEntries).toHaveLength(1);
    const [caseEntry] = caseEntries;
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
    // An advisor of a partner organisation of the same territory, the case not oriented to it.
    const partnerOrganisation = await ctx.newOrganisation(territory);
    const partner = await ctx.loginAs(
      await ctx.newUser({
        role: 'advisor',
        territoryId: territory.id,
        organisationId: partnerOrganisation.id,
      }),
    );
    const before = (await entriesFor(opened.caseId)).length;
    await outsider.get(`/api/cases/${opened.caseId}`).expect(404);
    await partner.get(`/api/cases/${opened.caseId}`).expect(404);
    expect(await entriesFor(opened.caseId)).toHaveLength(before);
  });

  it('records the read of a case each time, once, and not its changes', async () => {
    const advisor = await ctx.newUser({ role: 'territory_admin', territoryId: territory.id });
    const agent = await ctx.loginAs(advisor);
    const mine = async () =>
      (await entriesFor(opened.caseId)).filter((entry) => entry.actorId === advisor.id).length;
    const { body } = await agent.get(`/api/cases/${opened.caseId}`).expect(200);
    await agent.get(`/api/cases/${opened.caseId}`).expect(200);
    expect(await mine()).toBe(2);
    // The answer to a change is the case as it now is: no read recorded for it.
    await agent
      .patch(`/api/cases/${opened.caseId}`)
      .send({ priority: 'high', version: body.version })
      .expect(200);
    expect(await mine()).toBe(2);
  });

  it('never lets an audit entry be changed', async () => {
    const [entry] = await entriesFor(opened.caseId);
    await expect(
      ctx.dataSource.query(`UPDATE audit_entry SET action = 'nothing' WHERE id = $1`, [entry?.id]),
    ).rejects.toThrow('audit entries are never changed');
  });
});

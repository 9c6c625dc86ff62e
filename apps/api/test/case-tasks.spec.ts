import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFollower } from '../src/cases/case-follower.entity';
import { CaseTask } from '../src/cases/case-task.entity';
import type { Commune } from '../src/territories/commune.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface Task {
  id: string;
  title: string;
  dueDate: string;
  done: boolean;
  overdue: boolean;
  version: number;
}

/** A calendar day in France, `days` from today. */
function parisDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

describe('tasks on a case', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let advisor: User;
  let advisorAgent: Agent;
  let colleague: User;
  let colleagueAgent: Agent;
  let admin: User;
  let partner: User;
  let partnerAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    const partnerOrganisation = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    advisor = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: operator.id,
      firstName: 'Karim',
      lastName: 'Benali',
    });
    advisorAgent = await ctx.loginAs(advisor);
    colleague = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: operator.id,
    });
    colleagueAgent = await ctx.loginAs(colleague);
    admin = await ctx.newUser({ role: 'territory_admin', territoryId: territory.id });
    partner = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: partnerOrganisation.id,
    });
    partnerAgent = await ctx.loginAs(partner);
  });
  afterAll(() => ctx.close());

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  async function addTask(caseId: string, body: Record<string, unknown>, agent = advisorAgent): Promise<Task> {
    const response = await agent.post(`/api/cases/${caseId}/tasks`).send(body);
    expect(response.status).toBe(201);
    return response.body as Task;
  }

  const savedTasks = (caseId: string) => ctx.dataSource.getRepository(CaseTask).findBy({ caseId });
  const taskEvents = (caseId: string) =>
    ctx.dataSource.getRepository(CaseEvent).find({
      where: [
        { caseId, kind: 'task_added' },
        { caseId, kind: 'task_done' },
      ],
      order: { createdAt: 'ASC' },
    });

  it('creates a task for its author by default, and lists open ones by due date, then done ones', async () => {
    const caseId = await openCase();
    const later = await addTask(caseId, { title: 'Relire le prévisionnel', dueDate: parisDay(30) });
    const late = await addTask(caseId, { title: '  Appeler le porteur  ', dueDate: parisDay(-1) });
    const today = await addTask(caseId, { title: 'Envoyer le compte rendu', dueDate: parisDay(0) });
    const finished = await addTask(caseId, { title: 'Premier contact', dueDate: parisDay(-10) });

    expect(late).toEqual({
      id: expect.any(String),
      caseId,
      title: 'Appeler le porteur',
      dueDate: parisDay(-1),
      assignee: { id: advisor.id, firstName: 'Karim', lastName: 'Benali' },
      createdBy: { id: advisor.id, firstName: 'Karim', lastName: 'Benali' },
      done: false,
      doneAt: null,
      overdue: true,
      version: 1,
    });
    await advisorAgent.patch(`/api/tasks/${finished.id}`).send({ version: 1, done: true }).expect(200);

    const { body } = await colleagueAgent.get(`/api/cases/${caseId}/tasks`).expect(200);
    expect(body.map(({ id, done, overdue }: Task) => ({ id, done, overdue }))).toEqual([
      { id: late.id, done: false, overdue: true },
      // Due today is not late yet.
      { id: today.id, done: false, overdue: false },
      { id: later.id, done: false, overdue: false },
      // A done task is never overdue, however old its due date.
      { id: finished.id, done: true, overdue: false },
    ]);
  });

  it('records who marked a task done and when, with an internal task_done event; reopening clears them', async () => {
    const caseId = await openCase();
    const task = await addTask(caseId, { title: 'Vérifier les statuts', dueDate: parisDay(2) });

    const done = await colleagueAgent.patch(`/api/tasks/${task.id}`).send({ version: 1, done: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ done: true, doneAt: expect.any(String), overdue: false, version: 2 });
    expect(await ctx.dataSource.getRepository(CaseTask).findOneByOrFail({ id: task.id })).toMatchObject({
      doneById: colleague.id,
    });

    const reopened = await advisorAgent.patch(`/api/tasks/${task.id}`).send({ version: 2, done: false });
    expect(reopened.body).toMatchObject({ done: false, doneAt: null, version: 3 });
    expect(await ctx.dataSource.getRepository(CaseTask).findOneByOrFail({ id: task.id })).toMatchObject({
      doneAt: null,
      doneById: null,
    });

    const events = await taskEvents(caseId);
    expect(
      events.map(({ kind, visibility, actorId, payload }) => ({ kind, visibility, actorId, payload })),
    ).toEqual([
      {
        kind: 'task_added',
        visibility: 'internal',
        actorId: advisor.id,
        payload: { taskId: task.id, title: 'Vérifier les statuts' },
      },
      {
        kind: 'task_done',
        visibility: 'internal',
        actorId: colleague.id,
        payload: { taskId: task.id, title: 'Vérifier les statuts' },
      },
    ]);
  });

  it('edits a task’s title, due date and assignee, with an internal task_updated event', async () => {
    const caseId = await openCase();
    const task = await addTask(caseId, { title: 'Brouillon', dueDate: parisDay(5) });

    const edited = await advisorAgent
      .patch(`/api/tasks/${task.id}`)
      .send({ version: 1, title: 'Préparer le comité', dueDate: '2030-02-28', assigneeId: admin.id });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Préparer le comité',
      dueDate: '2030-02-28',
      assignee: { id: admin.id },
      createdBy: { id: advisor.id },
      version: 2,
    });
    const { body } = await advisorAgent.get(`/api/cases/${caseId}`).expect(200);
    expect(body.events.at(-1)).toMatchObject({
      kind: 'task_updated',
      visibility: 'internal',
      payload: { taskId: task.id, title: 'Préparer le comité', changed: ['assigneeId', 'dueDate', 'title'] },
    });
  });

  it('keeps tasks and their events from the holder: 403 on the task routes, nothing on their timeline', async () => {
    const caseId = await openCase();
    const task = await addTask(caseId, { title: 'Interne', dueDate: parisDay(1) });
    await advisorAgent.patch(`/api/tasks/${task.id}`).send({ version: 1, done: true }).expect(200);

    expectError(await holderAgent.get(`/api/cases/${caseId}/tasks`), 403, 'forbidden');
    expectError(
      await holderAgent.post(`/api/cases/${caseId}/tasks`).send({ title: 'x', dueDate: parisDay(1) }),
      403,
      'forbidden',
    );
    expectError(
      await holderAgent.patch(`/api/tasks/${task.id}`).send({ version: 2, done: false }),
      403,
      'forbidden',
    );

    const kinds = async (agent: Agent) =>
      ((await agent.get(`/api/cases/${caseId}`).expect(200)).body.events as { kind: string }[]).map(
        (event) => event.kind,
      );
    expect(await kinds(advisorAgent)).toEqual(expect.arrayContaining(['task_added', 'task_done']));
    const holderKinds = await kinds(holderAgent);
    expect(holderKinds).not.toContain('task_added');
    expect(holderKinds).not.toContain('task_done');
  });

  it('gives tasks only to active advisors or admins of the territory who see the case (400 naming assigneeId)', async () => {
    const caseId = await openCase();
    const disabled = await ctx.newUser({ role: 'advisor', territoryId: territory.id, status: 'disabled' });
    const elsewhere = await ctx.newUser({ role: 'advisor' });
    const post = (assigneeId: string) =>
      advisorAgent
        .post(`/api/cases/${caseId}/tasks`)
        .send({ title: 'Rappeler', dueDate: parisDay(3), assigneeId });

    for (const someone of [holder, disabled, elsewhere]) {
      expectInvalidFields(await post(someone.id), { assigneeId: 'not_an_advisor' });
    }
    // The partner advisor works in the territory but was not given this case.
    expectInvalidFields(await post(partner.id), { assigneeId: 'cannot_see_case' });
    expect(await savedTasks(caseId)).toEqual([]);
    expect(await taskEvents(caseId)).toEqual([]);

    const task = await addTask(caseId, { title: 'Pour l’admin', dueDate: parisDay(3), assigneeId: admin.id });
    expect(task).toMatchObject({ assignee: { id: admin.id } });
    expectInvalidFields(
      await advisorAgent.patch(`/api/tasks/${task.id}`).send({ version: 1, assigneeId: partner.id }),
      { assigneeId: 'cannot_see_case' },
    );

    await ctx.dataSource.getRepository(CaseFollower).insert({ caseId, userId: partner.id });
    await advisorAgent
      .patch(`/api/tasks/${task.id}`)
      .send({ version: 1, assigneeId: partner.id })
      .expect(200);
    // Following the case, the partner plans their own tasks on it too.
    await addTask(caseId, { title: 'Visite des locaux', dueDate: parisDay(7) }, partnerAgent);
  });

  it('refuses a due date that is not a calendar day, or a blank title, with a 400 naming the field; nothing saved', async () => {
    const caseId = await openCase();
    const post = (body: Record<string, unknown>) =>
      advisorAgent.post(`/api/cases/${caseId}/tasks`).send(body);

    for (const dueDate of ['2026-02-30', '2026-6-1', '30/06/2026', '2026-06-30T10:00:00Z', 20260630, null]) {
      expectInvalidFields(await post({ title: 'Relancer', dueDate }), ['dueDate']);
    }
    expectInvalidFields(await post({ title: '   ', dueDate: parisDay(1) }), { title: 'minLength' });
    expectInvalidFields(await post({ title: 'x'.repeat(201), dueDate: parisDay(1) }), { title: 'maxLength' });
    expectInvalidFields(await post({ title: 'Relancer', dueDate: parisDay(1), assigneeId: 'moi' }), [
      'assigneeId',
    ]);
    expect(await savedTasks(caseId)).toEqual([]);

    const task = await addTask(caseId, { title: 'x'.repeat(200), dueDate: '2028-02-29' });
    const patch = (body: Record<string, unknown>) => advisorAgent.patch(`/api/tasks/${task.id}`).send(body);
    expectInvalidFields(await patch({ version: 1, dueDate: '2027-02-29' }), ['dueDate']);
    expectInvalidFields(await patch({ version: 1, title: null }), ['title']);
    expectInvalidFields(await patch({ version: 1, done: 'oui' }), ['done']);
    expectInvalidFields(await patch({ done: true }), ['version']);
    expect(await savedTasks(caseId)).toEqual([
      expect.objectContaining({ title: 'x'.repeat(200), dueDate: '2028-02-29', doneAt: null, version: 1 }),
    ]);
  });

  it('answers 409 to an edit started from a replaced version, and keeps the newer state', async () => {
    const caseId = await openCase();
    const task = await addTask(caseId, { title: 'Une tâche', dueDate: parisDay(4) });
    await advisorAgent.patch(`/api/tasks/${task.id}`).send({ version: 1, title: 'Renommée' }).expect(200);

    expectError(
      await colleagueAgent.patch(`/api/tasks/${task.id}`).send({ version: 1, done: true }),
      409,
      'conflict',
    );
    expect(await savedTasks(caseId)).toEqual([
      expect.objectContaining({ title: 'Renommée', doneAt: null, version: 2 }),
    ]);
    expect((await taskEvents(caseId)).map((event) => event.kind)).toEqual(['task_added']);
  });

  it('is a 404 on every task route for staff who do not see the case', async () => {
    const caseId = await openCase();
    const task = await addTask(caseId, { title: 'Confidentielle', dueDate: parisDay(1) });
    const outsiders = [partnerAgent, await ctx.loginAs('advisor'), await ctx.loginAs('territory_admin')];

    for (const agent of outsiders) {
      expectError(await agent.get(`/api/cases/${caseId}/tasks`), 404, 'not_found');
      expectError(
        await agent.post(`/api/cases/${caseId}/tasks`).send({ title: 'Intruse', dueDate: parisDay(1) }),
        404,
        'not_found',
      );
      expectError(
        await agent.patch(`/api/tasks/${task.id}`).send({ version: 1, done: true }),
        404,
        'not_found',
      );
    }
    expect(await savedTasks(caseId)).toEqual([
      expect.objectContaining({ title: 'Confidentielle', doneAt: null }),
    ]);
  });
});

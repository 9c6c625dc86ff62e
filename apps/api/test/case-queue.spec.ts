import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFile } from '../src/cases/case-file.entity';
import { CaseFollower } from '../src/cases/case-follower.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import { PasswordsService } from '../src/auth/passwords.service';
import { seedDemoData } from '../src/database/seed/demo-seed';
import { User } from '../src/users/user.entity';
import {
  addOrientation,
  addTask,
  dayFromToday,
  daysAgo,
  follow,
  type OpenedCase,
  openCase,
  setCase,
} from './case-list-fixtures';
import { newCommune, newOffer, publishQuestionnaire } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, TEST_PASSWORD, type TestContext } from './test-app';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('the advisor’s queue, advisors and bulk assignment', () => {
  let ctx: TestContext;
  let territory: Territory;
  let operator: Organisation;
  let partnerOrganisation: Organisation;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let karim: User;
  let karimAgent: Agent;
  let colleague: User;
  let partner: User;
  let partnerAgent: Agent;
  let admin: User;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    partnerOrganisation = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    const advisorOf = (organisation: Organisation, names: Partial<User> = {}) =>
      ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: organisation.id, ...names });
    karim = await advisorOf(operator, { firstName: 'Karim', lastName: 'Benali' });
    colleague = await advisorOf(operator, { firstName: 'Zoé', lastName: 'Zimmer' });
    partner = await advisorOf(partnerOrganisation, { firstName: 'Léa', lastName: 'Guérin' });
    admin = await ctx.newUser({
      role: 'territory_admin',
      territoryId: territory.id,
      firstName: 'Claire',
      lastName: 'Rousseau',
    });
    karimAgent = await ctx.loginAs(karim);
    partnerAgent = await ctx.loginAs(partner);
  });
  afterAll(() => ctx.close());

  const open = () => openCase(ctx, holder, holderAgent, commune);
  const queueOf = async (agent: Agent) => (await agent.get('/api/staff/queue').expect(200)).body;

  describe('GET /api/staff/queue', () => {
    it('lists my open cases (lead or follower), most recent activity first, and not the closed ones', async () => {
      const [led, followed, closed, someoneElses] = [await open(), await open(), await open(), await open()];
      await setCase(ctx, led.id, { stage: 'orientation', leadAdvisorId: karim.id, lastEventAt: daysAgo(3) });
      await setCase(ctx, followed.id, {
        stage: 'funding',
        leadAdvisorId: colleague.id,
        lastEventAt: daysAgo(1),
      });
      await follow(ctx, followed.id, karim);
      await setCase(ctx, closed.id, { stage: 'closed', leadAdvisorId: karim.id });
      await setCase(ctx, someoneElses.id, { stage: 'orientation', leadAdvisorId: colleague.id });

      const { myCases } = await queueOf(karimAgent);
      expect(ids(myCases)).toEqual([followed.id, led.id]);
      expect(myCases[0]).toMatchObject({ reference: followed.reference, stage: 'funding' });
    });

    it('lists my open tasks, overdue first then by due date, with their case', async () => {
      const taskCase = await open();
      await setCase(ctx, taskCase.id, { stage: 'orientation', leadAdvisorId: karim.id });
      const later = await addTask(ctx, taskCase.id, karim, dayFromToday(10), {
        title: 'Envoyer le compte rendu',
      });
      const overdue = await addTask(ctx, taskCase.id, karim, dayFromToday(-3), {
        title: 'Relancer les statuts',
      });
      const soon = await addTask(ctx, taskCase.id, karim, dayFromToday(2), { title: 'Préparer le comité' });
      await addTask(ctx, taskCase.id, karim, dayFromToday(-10), { done: true });
      await addTask(ctx, taskCase.id, colleague, dayFromToday(-10));

      const { myTasks } = await queueOf(karimAgent);
      expect(ids(myTasks)).toEqual([overdue.id, soon.id, later.id]);
      expect(myTasks[0]).toEqual({
        id: overdue.id,
        caseId: taskCase.id,
        title: 'Relancer les statuts',
        dueDate: dayFromToday(-3),
        assignee: { id: karim.id, firstName: 'Karim', lastName: 'Benali' },
        createdBy: { id: karim.id, firstName: 'Karim', lastName: 'Benali' },
        done: false,
        doneAt: null,
        overdue: true,
        version: 1,
        case: { id: taskCase.id, reference: taskCase.reference, projectName: expect.any(String) },
      });
      expect(myTasks[1].overdue).toBe(false);
    });

    it('shows the unassigned submitted cases oldest first, and those past the SLA as an alert', async () => {
      const before = await queueOf(karimAgent);
      const waiting = await open();
      const late = await open();
      const taken = await open();
      await setCase(ctx, waiting.id, { submittedAt: daysAgo(2) });
      await setCase(ctx, late.id, { submittedAt: daysAgo(6) });
      await setCase(ctx, taken.id, { leadAdvisorId: colleague.id, submittedAt: daysAgo(9) });

      const queue = await queueOf(karimAgent);
      expect(queue.unassigned.total).toBe(before.unassigned.total + 2);
      const order = ids(queue.unassigned.items);
      expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(waiting.id));
      expect(order).not.toContain(taken.id);
      expect(queue.alerts.slaDays).toBe(5);
      expect(ids(queue.alerts.unassignedPastSla.items)).toContain(late.id);
      expect(ids(queue.alerts.unassignedPastSla.items)).not.toContain(waiting.id);
      expect(queue.alerts.unassignedPastSla.total).toBe(before.alerts.unassignedPastSla.total + 1);

      // The territory's own threshold: ten days, and the six-day-old case is no longer late.
      await ctx.dataSource.getRepository(Territory).update(territory.id, { settings: { slaDays: 10 } });
      try {
        const relaxed = await queueOf(karimAgent);
        expect(relaxed.alerts.slaDays).toBe(10);
        expect(ids(relaxed.alerts.unassignedPastSla.items)).not.toContain(late.id);
      } finally {
        await ctx.dataSource.getRepository(Territory).update(territory.id, { settings: {} });
      }
    });

    it('raises cases under way with no event for the inactivity days, not those on hold or closed', async () => {
      const [quiet, recent, paused, closed] = [await open(), await open(), await open(), await open()];
      await setCase(ctx, quiet.id, {
        stage: 'accompaniment',
        leadAdvisorId: colleague.id,
        lastEventAt: daysAgo(31),
      });
      await setCase(ctx, recent.id, {
        stage: 'accompaniment',
        leadAdvisorId: colleague.id,
        lastEventAt: daysAgo(29),
      });
      await setCase(ctx, paused.id, {
        stage: 'on_hold',
        leadAdvisorId: colleague.id,
        lastEventAt: daysAgo(60),
      });
      await setCase(ctx, closed.id, {
        stage: 'closed',
        leadAdvisorId: colleague.id,
        lastEventAt: daysAgo(60),
      });

      const { alerts } = await queueOf(karimAgent);
      expect(alerts.inactivityDays).toBe(30);
      const inactive = ids(alerts.inactive.items);
      expect(inactive).toContain(quiet.id);
      expect(inactive).not.toEqual(expect.arrayContaining([recent.id]));
      expect(inactive).not.toEqual(expect.arrayContaining([paused.id]));
      expect(inactive).not.toEqual(expect.arrayContaining([closed.id]));
    });

    it('counts the orientations waiting for my organisation’s answer, and shows a partner only their cases', async () => {
      const offer = await newOffer(ctx, partnerOrganisation);
      const [first, second, answered] = [await open(), await open(), await open()];
      for (const oriented of [first, second, answered]) {
        await setCase(ctx, oriented.id, { stage: 'orientation', leadAdvisorId: karim.id });
      }
      await addOrientation(ctx, first.id, offer, 'proposed', karim);
      await addOrientation(ctx, second.id, offer, 'proposed', karim);
      await addOrientation(ctx, answered.id, offer, 'accepted', karim);

      const partnerQueue = await queueOf(partnerAgent);
      expect(partnerQueue.orientationsToAnswer).toBe(2);
      // The partner sees neither the territory's unassigned cases nor its alerts.
      expect(partnerQueue.unassigned).toEqual({ items: [], total: 0, totalCapped: false });
      expect(partnerQueue.alerts.unassignedPastSla.total).toBe(0);
      expect((await queueOf(karimAgent)).orientationsToAnswer).toBe(0);
    });
  });

  describe('GET /api/staff/advisors', () => {
    it('lists the active advisors and admins of my territory with their organisation, by name', async () => {
      await ctx.newUser({
        role: 'advisor',
        territoryId: territory.id,
        status: 'disabled',
        lastName: 'Absent',
      });
      await ctx.newUser({ role: 'advisor', lastName: 'Ailleurs' });
      await ctx.newUser({ territoryId: territory.id, lastName: 'Porteur' });
      const { body } = await karimAgent.get('/api/staff/advisors').expect(200);
      expect(body).toEqual([
        {
          id: karim.id,
          firstName: 'Karim',
          lastName: 'Benali',
          role: 'advisor',
          organisation: { id: operator.id, name: 'CRESS' },
        },
        {
          id: partner.id,
          firstName: 'Léa',
          lastName: 'Guérin',
          role: 'advisor',
          organisation: { id: partnerOrganisation.id, name: 'Coop partenaire' },
        },
        {
          id: admin.id,
          firstName: 'Claire',
          lastName: 'Rousseau',
          role: 'territory_admin',
          organisation: null,
        },
        {
          id: colleague.id,
          firstName: 'Zoé',
          lastName: 'Zimmer',
          role: 'advisor',
          organisation: { id: operator.id, name: 'CRESS' },
        },
      ]);
    });
  });

  describe('POST /api/staff/cases/assign', () => {
    const versionOf = async (caseId: string) =>
      (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId })).version;
    const body = async (cases: OpenedCase[], leadAdvisorId: string) => ({
      cases: await Promise.all(cases.map(async ({ id }) => ({ id, version: await versionOf(id) }))),
      leadAdvisorId,
    });

    it('gives every listed case one lead advisor, with one internal event each; followers stay', async () => {
      const cases = [await open(), await open(), await open()];
      await follow(ctx, cases[0].id, partner);
      await follow(ctx, cases[1].id, colleague);
      const versions = await Promise.all(cases.map(({ id }) => versionOf(id)));

      const response = await karimAgent.post('/api/staff/cases/assign').send(await body(cases, colleague.id));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ assigned: 3 });

      for (const [index, { id }] of cases.entries()) {
        const caseFile = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id });
        expect(caseFile).toMatchObject({ leadAdvisorId: colleague.id, version: versions[index] + 1 });
        const events = await ctx.dataSource.getRepository(CaseEvent).findBy({ caseId: id, kind: 'assigned' });
        expect(events).toEqual([
          expect.objectContaining({
            visibility: 'internal',
            actorId: karim.id,
            payload: { leadAdvisorId: colleague.id },
          }),
        ]);
      }
      const followers = await ctx.dataSource.getRepository(CaseFollower).find({
        where: [{ caseId: cases[0].id }, { caseId: cases[1].id }],
      });
      // The partner still follows the first case; the new lead no longer follows the second.
      expect(followers.map(({ caseId, userId }) => [caseId, userId])).toEqual([[cases[0].id, partner.id]]);
      // The holder never sees the assignment.
      const { body: seen } = await holderAgent.get(`/api/cases/${cases[0].id}`).expect(200);
      expect(seen.events.map((event: { kind: string }) => event.kind)).not.toContain('assigned');
    });

    it('assigns nothing when one case changed since the list was loaded: 409 naming its reference', async () => {
      const [fresh, stale] = [await open(), await open()];
      const request = await body([fresh, stale], karim.id);
      await setCase(ctx, stale.id, { priority: 'high' });
      await ctx.dataSource.query('UPDATE case_file SET version = version + 1 WHERE id = $1', [stale.id]);

      const response = await karimAgent.post('/api/staff/cases/assign').send(request);
      expectError(response, 409, 'conflict');
      expect(response.body.message).toContain(stale.reference);
      const rows = await ctx.dataSource.getRepository(CaseFile).findBy([{ id: fresh.id }, { id: stale.id }]);
      expect(rows.map((row) => row.leadAdvisorId)).toEqual([null, null]);
      expect(
        await ctx.dataSource.getRepository(CaseEvent).countBy({ caseId: fresh.id, kind: 'assigned' }),
      ).toBe(0);
    });

    it('refuses a partner’s advisor (403), even for a case they lead', async () => {
      const theirs = await open();
      await setCase(ctx, theirs.id, { stage: 'orientation', leadAdvisorId: partner.id });
      expectError(
        await partnerAgent.post('/api/staff/cases/assign').send(await body([theirs], partner.id)),
        403,
        'forbidden',
      );
      expect(
        (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: theirs.id })).leadAdvisorId,
      ).toBe(partner.id);
    });

    it('lets a territory admin assign', async () => {
      const adminAgent = await ctx.loginAs(admin);
      const waiting = await open();
      const response = await adminAgent.post('/api/staff/cases/assign').send(await body([waiting], karim.id));
      expect(response.body).toEqual({ assigned: 1 });
    });

    it('refuses an assignee who is not an active advisor of the territory, naming leadAdvisorId, and changes nothing', async () => {
      const waiting = await open();
      const disabled = await ctx.newUser({ role: 'advisor', territoryId: territory.id, status: 'disabled' });
      const outsider = await ctx.newUser({ role: 'advisor' });
      for (const assignee of [holder, disabled, outsider]) {
        expectInvalidFields(
          await karimAgent.post('/api/staff/cases/assign').send(await body([waiting], assignee.id)),
          { leadAdvisorId: 'not_an_advisor' },
        );
      }
      expect(
        (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: waiting.id })).leadAdvisorId,
      ).toBeNull();
    });

    it('answers 404 for a case of another territory, and assigns none of the others', async () => {
      const mine = await open();
      const other = await ctx.newTerritory();
      await publishQuestionnaire(ctx, other);
      const stranger = await ctx.newUser({ territoryId: other.id });
      const theirs = await openCase(ctx, stranger, await ctx.loginAs(stranger), await newCommune(ctx, other));
      expectError(
        await karimAgent.post('/api/staff/cases/assign').send(await body([mine, theirs], karim.id)),
        404,
        'not_found',
      );
      expect(
        (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: mine.id })).leadAdvisorId,
      ).toBeNull();
    });

    it('refuses an empty list, more than 100 cases, a repeated case or a bad version, naming the field', async () => {
      const assign = (payload: Record<string, unknown>) =>
        karimAgent.post('/api/staff/cases/assign').send(payload);
      expectInvalidFields(await assign({ cases: [], leadAdvisorId: karim.id }), ['cases']);
      const many = Array.from({ length: 101 }, () => ({ id: holder.id, version: 1 }));
      expectInvalidFields(await assign({ cases: many, leadAdvisorId: karim.id }), ['cases']);
      const twice = await open();
      expectInvalidFields(
        await assign({
          cases: [
            { id: twice.id, version: 1 },
            { id: twice.id, version: 1 },
          ],
          leadAdvisorId: karim.id,
        }),
        { cases: 'duplicate' },
      );
      expectInvalidFields(await assign({ cases: [{ id: twice.id, version: 0 }], leadAdvisorId: 'karim' }), [
        'cases.0.version',
        'leadAdvisorId',
      ]);
    });
  });
});

describe('the demo cases', () => {
  let ctx: TestContext;
  const login = async (email: string) =>
    ctx.loginAs(await ctx.dataSource.getRepository(User).findOneByOrFail({ email }));

  beforeAll(async () => {
    ctx = await createTestContext();
    const passwords = ctx.app.get(PasswordsService);
    await seedDemoData(ctx.dataSource, (password) => passwords.hash(password), TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('puts the demo holder’s submitted case in the demo advisor’s queue, for him to take', async () => {
    const holder = await login('porteur@demo.essaim.test');
    const { body: cases } = await holder.get('/api/cases').expect(200);
    // Two projects: one just submitted, one ready for the funders.
    expect(cases.map((item: { stage: string }) => item.stage).sort()).toEqual(['funding', 'submitted']);
    const mine = cases.filter((item: { stage: string }) => item.stage === 'submitted');

    const advisor = await login('conseil@demo.essaim.test');
    const queue = (await advisor.get('/api/staff/queue').expect(200)).body;
    expect(queue.unassigned.items.map((item: { id: string }) => item.id)).toContain(mine[0].id);
    expect(queue.myCases.length).toBeGreaterThanOrEqual(5);
    expect(queue.myTasks.some((task: { overdue: boolean }) => task.overdue)).toBe(true);
    expect(queue.alerts.unassignedPastSla.total).toBeGreaterThan(0);
    expect(queue.alerts.inactive.total).toBeGreaterThan(0);

    const { body: page } = await advisor.get(`/api/cases/${mine[0].id}`).expect(200);
    await advisor
      .post(`/api/cases/${mine[0].id}/moves`)
      .send({ to: 'orientation', version: page.version })
      .expect(200);
  });

  it('lists 27 cases at every stage, numbered by the counter in submission order', async () => {
    const advisor = await login('cress@demo.essaim.test');
    const { body } = await advisor
      .get('/api/staff/cases?sort=submittedAt&order=asc&pageSize=100')
      .expect(200);
    expect(body.total).toBe(27);
    expect(new Set(body.items.map((item: { stage: string }) => item.stage))).toEqual(
      new Set(['submitted', 'orientation', 'accompaniment', 'funding', 'on_hold', 'closed']),
    );
    const references = body.items.map((item: { reference: string }) => item.reference);
    expect(references).toEqual([...references].sort());
    expect(new Set(references).size).toBe(27);
  });

  it('gives the demo partner the cases its organisation accepted or it leads, and one to answer', async () => {
    const partner = await login('partenaire@demo.essaim.test');
    const { body } = await partner.get('/api/staff/cases').expect(200);
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect((await partner.get('/api/staff/queue').expect(200)).body.orientationsToAnswer).toBe(1);
  });

  it('writes each case’s timeline in order, its last event time kept', async () => {
    const rows: { bad: number }[] = await ctx.dataSource.query(
      `SELECT count(*)::int AS bad FROM case_file c
        WHERE c.last_event_at <> (SELECT max(e.created_at) FROM case_event e WHERE e.case_id = c.id)
           OR (SELECT min(e.created_at) FROM case_event e WHERE e.case_id = c.id) <> c.submitted_at
           OR c.stage_entered_at ->> c.stage IS NULL`,
    );
    expect(rows[0]?.bad).toBe(0);
  });
});

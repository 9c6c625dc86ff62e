import type { Offer } from '../src/directory/offer.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import {
  addOrientation,
  addTask,
  dayFromToday,
  follow,
  type OpenedCase,
  openCase,
  setCase,
} from './case-list-fixtures';
import { newCommune, newOffer, newProject, publishQuestionnaire } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface ListItem {
  id: string;
  reference: string;
  submittedAt: string;
  lastEventAt: string;
  stageEnteredAt: string;
}

describe('the staff case list (GET /api/staff/cases)', () => {
  let ctx: TestContext;
  let territory: Territory;
  let operator: Organisation;
  let partnerOrganisation: Organisation;
  let karim: User;
  let karimAgent: Agent;
  let colleague: User;
  let partner: User;
  let partnerAgent: Agent;
  let nantes: Commune;
  let reze: Commune;
  let angers: Commune;
  let offer: Offer;
  let elsewhere: OpenedCase;
  // A: submitted, unassigned, high priority — Élodie Bézier's "Recyclerie des Pâquerettes" (44)
  // B: orientation, led by Karim, followed by the partner — Jean Dupont's "Café culturel" (44, Rezé)
  // C: accompaniment, led by a colleague, followed by Karim, an overdue task — Jean Dupont's "Ferme du Lac" (49)
  // D: funding, led by the partner advisor — "Garage solidaire" (49)
  // E: closed, unassigned, accepted by the partner organisation — "Épicerie vrac" (44)
  // F: orientation, led by Karim, proposed (not yet accepted) to the partner organisation
  const cases: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', OpenedCase> = {} as never;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    partnerOrganisation = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    await publishQuestionnaire(ctx, territory);
    nantes = await newCommune(ctx, territory, { name: 'Nantes' });
    reze = await newCommune(ctx, territory, { name: 'Rezé' });
    angers = await newCommune(ctx, territory, { code: '49007', name: 'Angers', departementCode: '49' });
    offer = await newOffer(ctx, partnerOrganisation);

    const advisorOf = (organisation: Organisation) =>
      ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: organisation.id });
    karim = await advisorOf(operator);
    colleague = await advisorOf(operator);
    partner = await advisorOf(partnerOrganisation);
    karimAgent = await ctx.loginAs(karim);
    partnerAgent = await ctx.loginAs(partner);

    const elodie = await ctx.newUser({ territoryId: territory.id, firstName: 'Élodie', lastName: 'Bézier' });
    const jean = await ctx.newUser({ territoryId: territory.id, firstName: 'Jean', lastName: 'Dupont' });
    const camille = await ctx.newUser({ territoryId: territory.id });
    const [elodieAgent, jeanAgent, camilleAgent] = await Promise.all(
      [elodie, jean, camille].map((holder) => ctx.loginAs(holder)),
    );
    cases.A = await openCase(ctx, elodie, elodieAgent, nantes, {
      name: 'Recyclerie des Pâquerettes',
      sector: 'circular_economy',
      legalForm: 'association',
    });
    cases.B = await openCase(ctx, jean, jeanAgent, reze, {
      name: 'Café culturel',
      sector: 'culture',
      legalForm: 'scop',
    });
    cases.C = await openCase(ctx, jean, jeanAgent, angers, {
      name: 'Ferme du Lac',
      sector: 'agriculture',
      legalForm: 'scic',
    });
    cases.D = await openCase(ctx, camille, camilleAgent, angers, {
      name: 'Garage solidaire',
      sector: 'mobility',
      legalForm: 'association',
    });
    cases.E = await openCase(ctx, camille, camilleAgent, nantes, {
      name: 'Épicerie vrac',
      sector: 'food',
      legalForm: 'esus_company',
    });
    cases.F = await openCase(ctx, camille, camilleAgent, nantes, {
      name: 'Atelier vélo',
      sector: 'mobility',
      legalForm: 'association',
    });
    // Submitted at 23:30 and 00:30 in Paris (winter, UTC+1): two different French days.
    await setCase(ctx, cases.A.id, { priority: 'high', submittedAt: '2026-01-10T22:30:00Z' });
    await setCase(ctx, cases.B.id, {
      stage: 'orientation',
      leadAdvisorId: karim.id,
      submittedAt: '2026-01-10T23:30:00Z',
    });
    await follow(ctx, cases.B.id, partner);
    await setCase(ctx, cases.C.id, { stage: 'accompaniment', leadAdvisorId: colleague.id });
    await follow(ctx, cases.C.id, karim);
    await setCase(ctx, cases.D.id, { stage: 'funding', leadAdvisorId: partner.id });
    await setCase(ctx, cases.E.id, { stage: 'closed' });
    await addOrientation(ctx, cases.E.id, offer, 'accepted', karim);
    await setCase(ctx, cases.F.id, { stage: 'orientation', leadAdvisorId: karim.id });
    await addOrientation(ctx, cases.F.id, offer, 'proposed', karim);
    await addTask(ctx, cases.C.id, colleague, dayFromToday(-5));
    await addTask(ctx, cases.D.id, partner, dayFromToday(5));
    await addTask(ctx, cases.B.id, karim, dayFromToday(-5), { done: true });

    // Another territory with look-alike data: never in this territory's lists.
    const other = await ctx.newTerritory();
    await publishQuestionnaire(ctx, other);
    const otherHolder = await ctx.newUser({ territoryId: other.id, firstName: 'Élodie', lastName: 'Bézier' });
    elsewhere = await openCase(
      ctx,
      otherHolder,
      await ctx.loginAs(otherHolder),
      await newCommune(ctx, other),
      {
        name: 'Recyclerie des Pâquerettes',
      },
    );
  });
  afterAll(() => ctx.close());

  const letters = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

  /** The letters of the cases a query lists, in the list's order. */
  async function listed(query: string, agent: Agent = karimAgent): Promise<string[]> {
    const response = await agent.get(`/api/staff/cases?pageSize=100&${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as ListItem[]).map(
      (item) => letters.find((letter) => cases[letter].id === item.id) ?? item.reference,
    );
  }
  const sorted = async (query: string, agent?: Agent) => (await listed(query, agent)).sort();

  it('shows an operator advisor every case of the territory and none of another territory', async () => {
    const response = await karimAgent.get('/api/staff/cases');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 6, totalCapped: false, page: 1, pageSize: 25 });
    expect((response.body.items as ListItem[]).map((item) => item.id)).not.toContain(elsewhere.id);
    expect(await sorted('')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('shows a partner advisor only the cases they lead or follow and those their organisation accepted', async () => {
    expect(await sorted('', partnerAgent)).toEqual(['B', 'D', 'E']);
    expect(await sorted('q=recyclerie', partnerAgent)).toEqual([]);
  });

  it('describes each case with its project, owner, lead advisor and overdue tasks', async () => {
    const { body } = await karimAgent.get(`/api/staff/cases?q=${cases.C.reference}`).expect(200);
    expect(body.items).toEqual([
      {
        id: cases.C.id,
        reference: cases.C.reference,
        stage: 'accompaniment',
        priority: 'normal',
        submittedAt: expect.any(String),
        stageEnteredAt: expect.any(String),
        lastEventAt: expect.any(String),
        version: expect.any(Number),
        project: {
          id: expect.any(String),
          name: 'Ferme du Lac',
          sector: 'agriculture',
          legalForm: 'scic',
          commune: { code: '49007', name: 'Angers' },
        },
        holder: { id: expect.any(String), firstName: 'Jean', lastName: 'Dupont' },
        leadAdvisor: { id: colleague.id, firstName: colleague.firstName, lastName: colleague.lastName },
        overdueTasks: 1,
      },
    ]);
  });

  it('narrows by stage, repeatable', async () => {
    expect(await sorted('stage=submitted')).toEqual(['A']);
    expect(await sorted('stage=orientation&stage=funding')).toEqual(['B', 'D', 'F']);
  });

  it('narrows by advisor: me, none, or someone who leads or follows', async () => {
    expect(await sorted('advisor=me')).toEqual(['B', 'C', 'F']);
    expect(await sorted('advisor=none')).toEqual(['A', 'E']);
    expect(await sorted(`advisor=${colleague.id}`)).toEqual(['C']);
    expect(await sorted(`advisor=${partner.id}`)).toEqual(['B', 'D']);
  });

  it('narrows by organisation: its advisors lead the case, or it accepted an orientation', async () => {
    expect(await sorted(`organisation=${partnerOrganisation.id}`)).toEqual(['D', 'E']);
    expect(await sorted(`organisation=${operator.id}`)).toEqual(['B', 'C', 'F']);
  });

  it('narrows by the project: sector, legal form, commune, département', async () => {
    expect(await sorted('sector=mobility')).toEqual(['D', 'F']);
    expect(await sorted('legalForm=scop')).toEqual(['B']);
    expect(await sorted(`commune=${reze.code}`)).toEqual(['B']);
    expect(await sorted('departement=49')).toEqual(['C', 'D']);
    expect(await sorted('departement=44&sector=mobility')).toEqual(['F']);
  });

  it('narrows by priority and by open tasks past their day', async () => {
    expect(await sorted('priority=high')).toEqual(['A']);
    expect(await sorted('overdueTask=true')).toEqual(['C']);
  });

  it('narrows to the cases someone leads or follows that have an overdue task', async () => {
    expect(await sorted('advisor=me&overdueTask=true')).toEqual(['C']);
    expect(await sorted(`advisor=${colleague.id}&overdueTask=true`)).toEqual(['C']);
    expect(await sorted(`advisor=${partner.id}&overdueTask=true`)).toEqual([]);
  });

  const sql = (statement: string, params: unknown[]) => ctx.dataSource.query(statement, params);

  /**
   * Takes an overdue task of case D through every change (moved later, moved back, done, reopened,
   * deleted) and checks after each that `list` shows D exactly when the task is overdue.
   */
  async function throughEveryChange(
    task: { id: string },
    list: () => Promise<string[]>,
    { withD, withoutD }: { withD: string[]; withoutD: string[] },
  ): Promise<void> {
    await sql(`UPDATE case_task SET due_date = $2 WHERE id = $1`, [task.id, dayFromToday(1)]);
    expect(await list()).toEqual(withoutD);
    await sql(`UPDATE case_task SET due_date = $2 WHERE id = $1`, [task.id, dayFromToday(-2)]);
    expect(await list()).toEqual(withD);
    await sql(`UPDATE case_task SET done_at = now(), done_by_id = $2 WHERE id = $1`, [task.id, partner.id]);
    expect(await list()).toEqual(withoutD);
    await sql(`UPDATE case_task SET done_at = NULL, done_by_id = NULL WHERE id = $1`, [task.id]);
    expect(await list()).toEqual(withD);
    await sql(`DELETE FROM case_task WHERE id = $1`, [task.id]);
    expect(await list()).toEqual(withoutD);
  }

  it('follows every change of the tasks: added, moved, done, reopened, deleted', async () => {
    const overdue = () => sorted('overdueTask=true');
    const task = await addTask(ctx, cases.D.id, partner, dayFromToday(-1));
    expect(await overdue()).toEqual(['C', 'D']);
    expect(await sorted(`advisor=${partner.id}&overdueTask=true`)).toEqual(['D']);
    await throughEveryChange(task, overdue, { withD: ['C', 'D'], withoutD: ['C'] });
  });

  it('follows the task changes of a case for its followers too, whenever they started following', async () => {
    // The colleague leads C (overdue); the task on D exists before they follow D.
    const task = await addTask(ctx, cases.D.id, partner, dayFromToday(-1));
    const colleagueOverdue = () => sorted(`advisor=${colleague.id}&overdueTask=true`);
    try {
      expect(await colleagueOverdue()).toEqual(['C']);
      await follow(ctx, cases.D.id, colleague);
      expect(await colleagueOverdue()).toEqual(['C', 'D']);
      await throughEveryChange(task, colleagueOverdue, { withD: ['C', 'D'], withoutD: ['C'] });
    } finally {
      await sql(`DELETE FROM case_task WHERE id = $1`, [task.id]);
      await sql(`DELETE FROM case_follower WHERE case_id = $1 AND user_id = $2`, [cases.D.id, colleague.id]);
    }
  });

  it('lists a case once for an advisor who both leads and follows it', async () => {
    // The API never lets this happen (a new lead stops following); the list does not count on it.
    await follow(ctx, cases.B.id, karim);
    try {
      expect(await sorted('advisor=me')).toEqual(['B', 'C', 'F']);
    } finally {
      await sql(`DELETE FROM case_follower WHERE case_id = $1 AND user_id = $2`, [cases.B.id, karim.id]);
    }
  });

  it('follows a project that moves to another département', async () => {
    const moveD = (commune: string) =>
      ctx.dataSource.query(
        `UPDATE project SET commune_code = $2 WHERE id = (SELECT project_id FROM case_file WHERE id = $1)`,
        [cases.D.id, commune],
      );
    await moveD(nantes.code);
    expect(await sorted('departement=49')).toEqual(['C']);
    expect(await sorted('departement=44')).toEqual(['A', 'B', 'D', 'E', 'F']);
    await moveD(angers.code);
    expect(await sorted('departement=49')).toEqual(['C', 'D']);
  });

  it('narrows by submission day, French days', async () => {
    expect(await sorted('submittedFrom=2026-01-10&submittedTo=2026-01-10')).toEqual(['A']);
    expect(await sorted('submittedFrom=2026-01-11&submittedTo=2026-01-11')).toEqual(['B']);
    expect(await sorted('submittedTo=2026-01-11')).toEqual(['A', 'B']);
    expect(await sorted('submittedFrom=2026-01-12')).toEqual(['C', 'D', 'E', 'F']);
  });

  it('searches references, project names and holders’ names, whatever the accents and capitals', async () => {
    expect(await sorted('q=elodie')).toEqual(['A']);
    expect(await sorted('q=BEZIER')).toEqual(['A']);
    expect(await sorted('q=paquerettes')).toEqual(['A']);
    expect(await sorted(`q=${encodeURIComponent('épicerie')}`)).toEqual(['E']);
    expect(await sorted('q=EPICERIE')).toEqual(['E']);
    expect(await sorted(`q=${cases.D.reference.toLowerCase()}`)).toEqual(['D']);
    expect(await sorted('q=jean%20dupont')).toEqual(['B', 'C']);
    expect(await sorted(`q=${encodeURIComponent('dupont café')}`)).toEqual(['B']);
    expect(await sorted('q=nobody')).toEqual([]);
    // A search with filters on the project: the projects of the cases found are checked.
    expect(await sorted('q=dupont&departement=49')).toEqual(['C']);
    expect(await sorted('q=dupont&sector=culture&stage=orientation')).toEqual(['B']);
  });

  it('sorts by each key in both orders, ties broken by id, and pages without overlap', async () => {
    // Three cases share one submission time, two share one activity time: only the id tells them apart.
    for (const letter of ['C', 'D', 'E'] as const) {
      await setCase(ctx, cases[letter].id, {
        submittedAt: '2026-02-01T09:00:00Z',
        lastEventAt: '2026-03-01T09:00:00Z',
        stageEnteredAt: '2026-02-15T09:00:00.000Z',
      });
    }
    const key: Record<string, (item: ListItem) => string> = {
      submittedAt: (item) => item.submittedAt,
      lastEventAt: (item) => item.lastEventAt,
      reference: (item) => item.reference,
      stageEnteredAt: (item) => item.stageEnteredAt,
    };
    for (const sort of Object.keys(key)) {
      for (const order of ['asc', 'desc']) {
        const pages: ListItem[][] = [];
        for (let page = 1; page <= 4; page += 1) {
          const { body } = await karimAgent
            .get(`/api/staff/cases?sort=${sort}&order=${order}&pageSize=2&page=${page}`)
            .expect(200);
          expect(body).toMatchObject({ total: 6, totalCapped: false, page, pageSize: 2 });
          pages.push(body.items);
        }
        expect(pages.map((items) => items.length)).toEqual([2, 2, 2, 0]);
        const items = pages.flat();
        const value = (item: ListItem) =>
          sort === 'reference' ? item.reference : new Date(key[sort](item)).getTime();
        const expected = [...items].sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          const compared = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
          return order === 'asc' ? compared : -compared;
        });
        expect(items.map((item) => item.id)).toEqual(expected.map((item) => item.id));
        expect(new Set(items.map((item) => item.id)).size).toBe(6);
      }
    }
  });

  it('refuses bad parameters, naming each one', async () => {
    const bad = (query: string) => karimAgent.get(`/api/staff/cases?${query}`);
    expectInvalidFields(await bad('stage=submitted&stage=archived'), ['stage']);
    expectInvalidFields(await bad('advisor=someone'), ['advisor']);
    expectInvalidFields(await bad('organisation=cress'), ['organisation']);
    expectInvalidFields(await bad('sector=space'), ['sector']);
    expectInvalidFields(await bad('legalForm=sarl'), ['legalForm']);
    expectInvalidFields(await bad('commune=nantes'), ['commune']);
    expectInvalidFields(await bad('departement=4'), ['departement']);
    expectInvalidFields(await bad('priority=urgent'), ['priority']);
    expectInvalidFields(await bad('submittedFrom=2026-02-30'), ['submittedFrom']);
    expectInvalidFields(await bad('submittedFrom=2026-03-01&submittedTo=2026-02-01'), {
      submittedTo: 'before_from',
    });
    expectInvalidFields(await bad('overdueTask=yes'), ['overdueTask']);
    expectInvalidFields(await bad('sort=name&order=up'), ['sort', 'order']);
    expectInvalidFields(await bad('page=0&pageSize=101'), ['page', 'pageSize']);
    expectInvalidFields(await bad('colour=blue'), { colour: 'unknown_field' });
  });
});

describe('the case list’s total', () => {
  let ctx: TestContext;
  let agent: Agent;

  // 1 001 cases straight into the tables (ten of them in orientation), the newest first by reference.
  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    const { id: versionId } = await publishQuestionnaire(ctx, territory);
    const holder = await ctx.newUser({ territoryId: territory.id });
    const project = await newProject(ctx, holder, await newCommune(ctx, territory));
    await ctx.dataSource.query(
      `INSERT INTO diagnostic (territory_id, project_id, questionnaire_version_id, status, started_by_id, submitted_at)
       SELECT $1, $2, $3, 'submitted', $4, now() FROM generate_series(1, 1001)`,
      [territory.id, project.id, versionId, holder.id],
    );
    await ctx.dataSource.query(
      `INSERT INTO case_file (territory_id, reference, project_id, diagnostic_id, stage, stage_entered_at, submitted_at)
       SELECT $1, 'CAP-2026-' || lpad(n::text, 5, '0'), $2, id, CASE WHEN n <= 10 THEN 'orientation' ELSE 'submitted' END,
              '{}', now() - make_interval(mins => n::int)
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM diagnostic WHERE project_id = $2) numbered`,
      [territory.id, project.id],
    );
    agent = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
  });
  afterAll(() => ctx.close());

  const list = async (query: string) => (await agent.get(`/api/staff/cases?${query}`).expect(200)).body;

  it('is exact up to 1 000 cases, then says "1 000 or more"', async () => {
    expect(await list('')).toMatchObject({ total: 1000, totalCapped: true, page: 1, pageSize: 25 });
    expect(await list('stage=orientation')).toMatchObject({ total: 10, totalCapped: false });
    expect((await list('stage=submitted&pageSize=100')).items).toHaveLength(100);
  });

  it('counts exactly to the end of a page asked for past 1 000, and past the last page', async () => {
    const last = await list('page=41&pageSize=25&sort=reference&order=desc');
    expect(last).toMatchObject({ total: 1001, totalCapped: false });
    expect(last.items.map((item: { reference: string }) => item.reference)).toEqual(['CAP-2026-00001']);
    expect(await list('page=60&pageSize=25')).toMatchObject({ items: [], total: 1001, totalCapped: false });
  });
});

describe('saved filters (/api/staff/saved-filters)', () => {
  let ctx: TestContext;
  let mine: Agent;
  let theirs: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    mine = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
    theirs = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
  });
  afterAll(() => ctx.close());

  const lateOnes = {
    stage: ['orientation', 'accompaniment'],
    advisor: 'me',
    overdueTask: 'true',
    sort: 'lastEventAt',
  };

  it('keeps my filters for me: create, list by name, delete', async () => {
    const created = await mine
      .post('/api/staff/saved-filters')
      .send({ name: '  Mes retards ', query: lateOnes });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Mes retards',
      query: lateOnes,
      createdAt: expect.any(String),
    });
    await mine
      .post('/api/staff/saved-filters')
      .send({ name: 'À prendre', query: { advisor: 'none', stage: 'submitted' } })
      .expect(201);

    const { body: listed } = await mine.get('/api/staff/saved-filters').expect(200);
    // By name, as French readers sort: "À prendre" before "Mes retards".
    expect(listed.map((filter: { name: string }) => filter.name)).toEqual(['À prendre', 'Mes retards']);
    expect(await theirs.get('/api/staff/saved-filters').then((response) => response.body)).toEqual([]);

    await mine.delete(`/api/staff/saved-filters/${created.body.id}`).expect(204);
    const { body: after } = await mine.get('/api/staff/saved-filters').expect(200);
    expect(after.map((filter: { name: string }) => filter.name)).toEqual(['À prendre']);
  });

  it('refuses a second filter of the same name (409), but another person may use it', async () => {
    await mine.post('/api/staff/saved-filters').send({ name: 'Nouveaux', query: {} }).expect(201);
    expectError(
      await mine.post('/api/staff/saved-filters').send({ name: 'Nouveaux', query: {} }),
      409,
      'conflict',
    );
    await theirs.post('/api/staff/saved-filters').send({ name: 'Nouveaux', query: {} }).expect(201);
  });

  it('does not let anyone delete someone else’s filter: 404, and it stays', async () => {
    const { body } = await mine
      .post('/api/staff/saved-filters')
      .send({ name: 'Privé', query: {} })
      .expect(201);
    expectError(await theirs.delete(`/api/staff/saved-filters/${body.id}`), 404, 'not_found');
    const { body: listed } = await mine.get('/api/staff/saved-filters').expect(200);
    expect(listed.map((filter: { id: string }) => filter.id)).toContain(body.id);
  });

  it('refuses a query the list would refuse, naming query.<key>, and saves nothing', async () => {
    expectInvalidFields(
      await mine
        .post('/api/staff/saved-filters')
        .send({ name: 'Cassé', query: { colour: 'blue', stage: ['archived'], pageSize: 500 } }),
      { 'query.colour': 'unknown_field', 'query.stage': 'isIn', 'query.pageSize': 'max' },
    );
    expectInvalidFields(
      await mine.post('/api/staff/saved-filters').send({ name: '', query: 'stage=submitted' }),
      ['name', 'query'],
    );
    const { body } = await mine.get('/api/staff/saved-filters').expect(200);
    expect(body.map((filter: { name: string }) => filter.name)).not.toContain('Cassé');
  });
});

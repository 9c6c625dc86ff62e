import { formatCaseReference } from '@essaim/domain';
import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFile } from '../src/cases/case-file.entity';
import { Offer } from '../src/directory/offer.entity';
import type { Commune } from '../src/territories/commune.entity';
import { Organisation } from '../src/territories/organisation.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import {
  answeredDiagnostic,
  newCommune,
  newOffer,
  newProject,
  publishQuestionnaire,
  SMALL_ANSWERS,
} from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';
import { uniqueName } from './test-database';

const thisYear = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()),
);

describe('submitting a diagnostic', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  interface Place {
    territory: Territory;
    commune: Commune;
    holder: User;
    agent: Agent;
  }

  /** A territory with a published SMALL_QUESTIONNAIRE and a logged-in holder. */
  async function place(code = uniqueName('t').slice(0, 16)): Promise<Place> {
    const territory = await ctx.newTerritory({ code });
    await publishQuestionnaire(ctx, territory);
    const commune = await newCommune(ctx, territory, { departementCode: '44' });
    const holder = await ctx.newUser({ territoryId: territory.id });
    return { territory, commune, holder, agent: await ctx.loginAs(holder) };
  }

  async function draft({ commune, holder, agent }: Place, answers = SMALL_ANSWERS): Promise<string> {
    const project = await newProject(ctx, holder, commune, { stage: 'creation', legalForm: 'association' });
    return answeredDiagnostic(agent, project.id, answers);
  }

  const casesOf = (diagnosticId: string) => ctx.dataSource.getRepository(CaseFile).findBy({ diagnosticId });

  it('with required answers missing is a 400 listing each one, and opens no case', async () => {
    const here = await place();
    // has_employees = yes makes `employees` (required) appear.
    const id = await draft(here, { funding_status: 'none', has_employees: true });

    const response = await here.agent.post(`/api/diagnostics/${id}/submit`);

    expectInvalidFields(response, {
      'answers.model_confidence': 'required',
      'answers.employees': 'required',
    });
    expect(response.body.details).toHaveLength(2);
    expect(await casesOf(id)).toEqual([]);
    expect((await here.agent.get(`/api/diagnostics/${id}`)).body.status).toBe('draft');
  });

  it('scores the answers and ranks the offers that fit the project, through the API', async () => {
    const here = await place();
    const { territory, commune } = here;
    const whole = await ctx.newOrganisation(territory, { name: 'Réseau régional' });
    const local = await ctx.newOrganisation(territory, { name: 'Maison locale', communes: [commune.code] });
    const elsewhere = await ctx.newOrganisation(territory, {
      name: 'Vendée seulement',
      departements: ['85'],
    });
    const hidden = await ctx.newOrganisation(territory, { name: 'Dépubliée', published: false });
    const foreign = await ctx.newOrganisation(await ctx.newTerritory());
    const premises = await newOffer(ctx, whole, { name: 'Locaux solidaires', needCategories: ['premises'] });
    const nearby = await newOffer(ctx, local, {
      name: 'Prêt local',
      kind: 'funding',
      instrument: 'honour_loan',
      needCategories: ['funding'],
      amountMinCents: 100_000,
      amountMaxCents: 800_000,
    });
    const creation = await newOffer(ctx, whole, {
      name: 'Création',
      needCategories: ['funding', 'business_model'],
      stages: ['creation'],
    });
    await newOffer(ctx, whole, { name: 'Numérique', needCategories: ['digital'] });
    await newOffer(ctx, whole, {
      name: 'Changement d’échelle',
      needCategories: ['funding'],
      stages: ['scale_up'],
    });
    await newOffer(ctx, whole, { name: 'Coopératives', needCategories: ['funding'], legalForms: ['scop'] });
    await newOffer(ctx, elsewhere, { name: 'Vendée', needCategories: ['funding'] });
    await newOffer(ctx, whole, { name: 'Brouillon', needCategories: ['funding'], published: false });
    await newOffer(ctx, hidden, { name: 'Cachée', needCategories: ['funding'] });
    await newOffer(ctx, foreign, { name: 'Ailleurs', needCategories: ['funding'] });
    const id = await draft(here, {
      funding_status: 'none', // funding 4 of 4
      model_confidence: 2, // inverted scale: 3 of 4 for business model
      needs: ['premises'], // premises 3 of 3; digital 0 of 2; funding 0 of 1 more
      has_employees: false,
    });

    const response = await here.agent.post(`/api/diagnostics/${id}/submit`).expect(201);

    expect(response.body.needProfile).toEqual({
      funding: 80,
      business_model: 75,
      legal_structure: 0,
      governance: 0,
      employment_hr: 0,
      premises: 100,
      market_sales: 0,
      partnerships: 0,
      impact: 0,
      digital: 0,
    });
    expect(response.body.matches.map((m: { offer: { id: string } }) => m.offer.id)).toEqual([
      premises.id,
      nearby.id,
      creation.id,
    ]);
    expect(
      response.body.matches.map(({ score, needs, local }: Record<string, unknown>) => ({
        score,
        needs,
        local,
      })),
    ).toEqual([
      { score: 100, needs: ['premises'], local: false },
      { score: 80, needs: ['funding'], local: true },
      { score: 78, needs: ['funding', 'business_model'], local: false },
    ]);
    expect(response.body.matches[1].offer).toEqual({
      id: nearby.id,
      name: 'Prêt local',
      summary: 'Un dispositif de test.',
      kind: 'funding',
      instrument: 'honour_loan',
      amountMinCents: 100_000,
      amountMaxCents: 800_000,
      needCategories: ['funding'],
      stages: [],
      legalForms: [],
      sectors: [],
      organisation: { id: local.id, name: 'Maison locale', kind: 'support' },
      territory: { code: territory.code, name: territory.name },
    });
    expect(response.body.case).toEqual({
      id: expect.any(String),
      reference: formatCaseReference(territory.code, thisYear, 1),
      stage: 'submitted',
      submittedAt: expect.any(String),
    });
    expect(response.body.diagnostic).toMatchObject({
      id,
      status: 'submitted',
      caseId: response.body.case.id,
    });
    const results = await here.agent.get(`/api/diagnostics/${id}/results`).expect(200);
    expect(results.body).toEqual({
      needProfile: response.body.needProfile,
      matches: response.body.matches,
      case: response.body.case,
    });
  });

  it('opens the case in stage submitted, with a shared "submitted" event by the holder', async () => {
    const here = await place();
    const id = await draft(here);

    const { body } = await here.agent.post(`/api/diagnostics/${id}/submit`).expect(201);

    const caseFile = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: body.case.id });
    expect(caseFile).toMatchObject({ stage: 'submitted', diagnosticId: id, territoryId: here.territory.id });
    expect(Object.keys(caseFile.stageEnteredAt)).toEqual(['submitted']);
    const events = await ctx.dataSource.getRepository(CaseEvent).findBy({ caseId: caseFile.id });
    expect(events).toEqual([
      expect.objectContaining({ kind: 'submitted', visibility: 'shared', actorId: here.holder.id }),
    ]);
    // One moment for the whole submission: the case, its event and the diagnostic.
    expect(events[0]?.createdAt).toEqual(caseFile.submittedAt);
    expect(new Date(body.diagnostic.submittedAt)).toEqual(caseFile.submittedAt);
  });

  it('leaves out of the results an offer unpublished since the submission', async () => {
    const here = await place();
    const organisation = await ctx.newOrganisation(here.territory);
    const kept = await newOffer(ctx, organisation, { needCategories: ['funding'] });
    const withdrawn = await newOffer(ctx, organisation, { needCategories: ['funding'] });
    const id = await draft(here);
    const submitted = await here.agent.post(`/api/diagnostics/${id}/submit`).expect(201);
    expect(submitted.body.matches).toHaveLength(2);

    await ctx.dataSource.getRepository(Offer).update(withdrawn.id, { published: false });

    const results = await here.agent.get(`/api/diagnostics/${id}/results`).expect(200);
    expect(results.body.matches.map((m: { offer: { id: string } }) => m.offer.id)).toEqual([kept.id]);
    await ctx.dataSource.getRepository(Organisation).update(organisation.id, { published: false });
    expect((await here.agent.get(`/api/diagnostics/${id}/results`).expect(200)).body.matches).toEqual([]);
  });

  it('is idempotent: submitting again answers 200 with the same body, and opens no second case', async () => {
    const here = await place();
    const id = await draft(here);

    const first = await here.agent.post(`/api/diagnostics/${id}/submit`).expect(201);
    const second = await here.agent.post(`/api/diagnostics/${id}/submit`).expect(200);

    expect(second.body).toEqual(first.body);
    expect(await casesOf(id)).toHaveLength(1);
  });

  it('two submits of one diagnostic at the same moment open one case, and both answer with it', async () => {
    const here = await place();
    const id = await draft(here);

    const [a, b] = await Promise.all([
      here.agent.post(`/api/diagnostics/${id}/submit`),
      here.agent.post(`/api/diagnostics/${id}/submit`),
    ]);

    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.case).toEqual(b.body.case);
    expect(await casesOf(id)).toHaveLength(1);
    expect(a.body.case.reference).toBe(formatCaseReference(here.territory.code, thisYear, 1));
  });

  it('numbers the cases of 20 concurrent submissions in a territory 00001 to 00020: no duplicate, no gap', async () => {
    const here = await place(`num${Date.now() % 100000}`);
    const coHolders = await Promise.all(
      [1, 2, 3].map(async () => {
        const holder = await ctx.newUser({ territoryId: here.territory.id });
        return { ...here, holder, agent: await ctx.loginAs(holder) };
      }),
    );
    const submitters = [here, ...coHolders];
    const drafts = await Promise.all(
      submitters.map(async (submitter) => {
        const ids: { agent: Agent; id: string }[] = [];
        for (let index = 0; index < 5; index += 1)
          ids.push({ agent: submitter.agent, id: await draft(submitter) });
        return ids;
      }),
    );

    const responses = await Promise.all(
      drafts.flat().map(({ agent, id }) => agent.post(`/api/diagnostics/${id}/submit`)),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const references = responses.map((response) => response.body.case.reference as string).sort();
    expect(references).toEqual(
      Array.from({ length: 20 }, (_, index) => formatCaseReference(here.territory.code, thisYear, index + 1)),
    );
    // Another territory counts on its own.
    const other = await place();
    const { body } = await other.agent.post(`/api/diagnostics/${await draft(other)}/submit`).expect(201);
    expect(body.case.reference).toBe(formatCaseReference(other.territory.code, thisYear, 1));
  });

  it('a submit to someone else’s diagnostic, or to no diagnostic, is a 404', async () => {
    const here = await place();
    const id = await draft(here);
    const stranger = await ctx.loginAs(await ctx.newUser({ territoryId: here.territory.id }));

    expectError(await stranger.post(`/api/diagnostics/${id}/submit`), 404, 'not_found');
    expectError(
      await here.agent.post(`/api/diagnostics/00000000-0000-4000-8000-000000000000/submit`),
      404,
      'not_found',
    );
    expect(await casesOf(id)).toEqual([]);
  });
});

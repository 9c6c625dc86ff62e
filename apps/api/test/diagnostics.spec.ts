import type { QuestionnaireDefinition } from '@essaim/domain';
import { Diagnostic } from '../src/diagnostics/diagnostic.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import {
  answeredDiagnostic,
  newCommune,
  newProject,
  publishQuestionnaire,
  SMALL_ANSWERS,
  SMALL_QUESTIONNAIRE,
} from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

/** Version 2 of SMALL_QUESTIONNAIRE: `amount` is gone, `website_url` is new, funding weighs less. */
const VERSION_2: QuestionnaireDefinition = {
  sections: SMALL_QUESTIONNAIRE.sections.map((section) => ({
    ...section,
    questions: [
      ...section.questions
        .filter((question) => question.key !== 'amount')
        .map((question) =>
          question.key === 'funding_status'
            ? {
                ...question,
                options: question.options!.map((option) =>
                  option.key === 'none' ? { ...option, weights: { funding: 1 } } : option,
                ),
              }
            : question,
        ),
      ...(section.key === 'team'
        ? [{ key: 'website_url', type: 'text' as const, label: { fr: 'Site', en: 'Site' }, required: true }]
        : []),
    ],
  })),
};

describe('diagnostics', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let agent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    commune = await newCommune(ctx, territory);
    await publishQuestionnaire(ctx, territory, SMALL_QUESTIONNAIRE);
    holder = await ctx.newUser({ territoryId: territory.id });
    agent = await ctx.loginAs(holder);
  });
  afterAll(() => ctx.close());

  const newDraft = async (answers = {}) =>
    answeredDiagnostic(agent, (await newProject(ctx, holder, commune)).id, answers);
  const storedAnswers = async (id: string) =>
    (await ctx.dataSource.getRepository(Diagnostic).findOneByOrFail({ id })).answers;

  it('a holder starts a draft on the latest published version; starting again gives back the same draft', async () => {
    const project = await newProject(ctx, holder, commune);

    const started = await agent.post(`/api/projects/${project.id}/diagnostics`).expect(201);

    expect(started.body).toEqual({
      id: expect.any(String),
      projectId: project.id,
      status: 'draft',
      questionnaire: {
        id: expect.any(String),
        number: 1,
        publishedAt: expect.any(String),
        definition: SMALL_QUESTIONNAIRE,
      },
      answers: {},
      progress: [
        { key: 'money', answered: 0, total: 3 },
        { key: 'team', answered: 0, total: 3 },
      ],
      missingRequired: ['funding_status', 'model_confidence', 'has_employees'],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      submittedAt: null,
      caseId: null,
    });
    const again = await agent.post(`/api/projects/${project.id}/diagnostics`).expect(200);
    expect(again.body.id).toBe(started.body.id);
    expect(await ctx.dataSource.getRepository(Diagnostic).countBy({ projectId: project.id })).toBe(1);
    const listed = await agent.get(`/api/projects/${project.id}/diagnostics`).expect(200);
    expect(listed.body).toEqual([
      {
        id: started.body.id,
        status: 'draft',
        questionnaireNumber: 1,
        createdAt: expect.any(String),
        submittedAt: null,
        needProfile: null,
      },
    ]);
  });

  it('two starts at the same moment make one draft', async () => {
    const project = await newProject(ctx, holder, commune);

    const responses = await Promise.all(
      [1, 2, 3].map(() => agent.post(`/api/projects/${project.id}/diagnostics`)),
    );

    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
  });

  it('starting in a territory with no published questionnaire is a 404', async () => {
    const bare = await ctx.newTerritory();
    const bareHolder = await ctx.newUser({ territoryId: bare.id });
    const project = await newProject(ctx, bareHolder, await newCommune(ctx, bare));

    const response = await (await ctx.loginAs(bareHolder)).post(`/api/projects/${project.id}/diagnostics`);

    expectError(response, 404, 'not_found');
  });

  it('each answer is saved as it is given: a later read finds every one, with progress and what is still missing', async () => {
    const id = await newDraft();

    const saved = await agent
      .put(`/api/diagnostics/${id}/answers/funding_status`)
      .send({ value: 'partial' })
      .expect(200);
    expect(saved.body).toEqual({
      answers: { funding_status: 'partial' },
      progress: [
        { key: 'money', answered: 1, total: 3 },
        { key: 'team', answered: 0, total: 3 },
      ],
      missingRequired: ['model_confidence', 'has_employees'],
      updatedAt: expect.any(String),
    });
    await agent.put(`/api/diagnostics/${id}/answers/has_employees`).send({ value: true }).expect(200);
    await agent
      .put(`/api/diagnostics/${id}/answers/needs`)
      .send({ value: ['premises', 'hire'] })
      .expect(200);
    await agent.put(`/api/diagnostics/${id}/answers/comment`).send({ value: 'Bonjour' }).expect(200);
    await agent.put(`/api/diagnostics/${id}/answers/funding_status`).send({ value: 'none' }).expect(200);

    const read = await agent.get(`/api/diagnostics/${id}`).expect(200);
    expect(read.body.answers).toEqual({
      funding_status: 'none',
      has_employees: true,
      needs: ['premises', 'hire'],
      comment: 'Bonjour',
    });
    // has_employees = yes shows the employees question, which is required.
    expect(read.body.missingRequired).toEqual(['model_confidence', 'employees']);
    expect(read.body.progress).toEqual([
      { key: 'money', answered: 1, total: 3 },
      { key: 'team', answered: 3, total: 4 },
    ]);
  });

  it('clearing an answer removes only that one', async () => {
    const id = await newDraft({ funding_status: 'full', model_confidence: 3 });

    const cleared = await agent.delete(`/api/diagnostics/${id}/answers/funding_status`).expect(200);

    expect(cleared.body.answers).toEqual({ model_confidence: 3 });
    expect(await storedAnswers(id)).toEqual({ model_confidence: 3 });
  });

  it.each([
    ['an option not in the question', 'funding_status', 'some', 'unknown_option'],
    ['options of a multiple choice not in the question', 'needs', ['premises', 'boat'], 'unknown_option'],
    ['a scale above 5', 'model_confidence', 6, 'out_of_range'],
    ['a number below the minimum', 'amount', -1, 'out_of_range'],
    ['a number above the maximum', 'amount', 100001, 'out_of_range'],
    ['a text for a number', 'amount', '12', 'wrong_type'],
    ['a string for yes/no', 'has_employees', 'yes', 'wrong_type'],
    ['an object', 'comment', { text: 'x' }, 'wrong_type'],
    ['null', 'comment', null, 'isDefined'],
    ['a blank text', 'comment', '   ', 'empty'],
  ])('%s is a 400 on value, and nothing is saved', async (_rule, key, value, reason) => {
    const id = await newDraft({ funding_status: 'full' });

    const response = await agent.put(`/api/diagnostics/${id}/answers/${key}`).send({ value });

    expectInvalidFields(response, { value: reason });
    expect(await storedAnswers(id)).toEqual({ funding_status: 'full' });
  });

  it('a body without value is a 400 on value', async () => {
    const id = await newDraft();
    expectInvalidFields(await agent.put(`/api/diagnostics/${id}/answers/comment`).send({}), ['value']);
  });

  it('a question key the diagnostic’s version does not have is a 400 on questionKey, and nothing is saved', async () => {
    const id = await newDraft({ funding_status: 'full' });

    expectInvalidFields(await agent.put(`/api/diagnostics/${id}/answers/website_url`).send({ value: 'x' }), {
      questionKey: 'unknown_question',
    });
    expectInvalidFields(await agent.delete(`/api/diagnostics/${id}/answers/nothing_like_it`), {
      questionKey: 'unknown_question',
    });
    expect(await storedAnswers(id)).toEqual({ funding_status: 'full' });
  });

  it('a diagnostic started on version 1 keeps its version, its questions and its weights after version 2 is published', async () => {
    // A territory of its own: version 2 would change what the other tests start on.
    const versioned = await ctx.newTerritory();
    await publishQuestionnaire(ctx, versioned, SMALL_QUESTIONNAIRE);
    const versionedHolder = await ctx.newUser({ territoryId: versioned.id });
    const agent = await ctx.loginAs(versionedHolder);
    const project = await newProject(ctx, versionedHolder, await newCommune(ctx, versioned));
    const id = await answeredDiagnostic(agent, project.id, { funding_status: 'none' });
    await publishQuestionnaire(ctx, versioned, VERSION_2);

    // Its own version's questions: amount (gone in v2) is still a question, website_url (new) is not.
    await agent.put(`/api/diagnostics/${id}/answers/amount`).send({ value: 5000 }).expect(200);
    expectInvalidFields(await agent.put(`/api/diagnostics/${id}/answers/website_url`).send({ value: 'x' }), {
      questionKey: 'unknown_question',
    });
    await agent.put(`/api/diagnostics/${id}/answers/model_confidence`).send({ value: 5 }).expect(200);
    await agent.put(`/api/diagnostics/${id}/answers/has_employees`).send({ value: false }).expect(200);
    expect((await agent.get(`/api/diagnostics/${id}`).expect(200)).body.questionnaire.number).toBe(1);

    const submitted = await agent.post(`/api/diagnostics/${id}/submit`).expect(201);

    // Scored with version 1's weights: "none" gives funding 4 of 4 (version 2 would give 1 of 2).
    expect(submitted.body.needProfile.funding).toBe(100);
    expect(submitted.body.diagnostic.questionnaire.number).toBe(1);
    // A new diagnostic of the same project starts on version 2.
    const next = await agent.post(`/api/projects/${project.id}/diagnostics`).expect(201);
    expect(next.body.questionnaire.number).toBe(2);
    const list = (await agent.get(`/api/projects/${project.id}/diagnostics`).expect(200)).body;
    expect(list.map((item: { questionnaireNumber: number }) => item.questionnaireNumber)).toEqual([2, 1]);
  });

  it('the answers of a submitted diagnostic can no longer change (409), and a draft has no results yet (409)', async () => {
    const id = await newDraft(SMALL_ANSWERS);
    expectError(await agent.get(`/api/diagnostics/${id}/results`), 409, 'conflict');
    await agent.post(`/api/diagnostics/${id}/submit`).expect(201);

    expectError(
      await agent.put(`/api/diagnostics/${id}/answers/comment`).send({ value: 'tard' }),
      409,
      'conflict',
    );
    expectError(await agent.delete(`/api/diagnostics/${id}/answers/funding_status`), 409, 'conflict');
    expect(await storedAnswers(id)).toEqual(SMALL_ANSWERS);
  });

  describe('access', () => {
    it('another holder gets a 404 for someone else’s diagnostic, to read, answer, start or submit', async () => {
      const project = await newProject(ctx, holder, commune);
      const id = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
      const stranger = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));

      expectError(await stranger.get(`/api/diagnostics/${id}`), 404, 'not_found');
      expectError(
        await stranger.put(`/api/diagnostics/${id}/answers/comment`).send({ value: 'x' }),
        404,
        'not_found',
      );
      expectError(await stranger.delete(`/api/diagnostics/${id}/answers/comment`), 404, 'not_found');
      expectError(await stranger.post(`/api/diagnostics/${id}/submit`), 404, 'not_found');
      expectError(await stranger.post(`/api/projects/${project.id}/diagnostics`), 404, 'not_found');
      expectError(await stranger.get(`/api/projects/${project.id}/diagnostics`), 404, 'not_found');
      expect(await storedAnswers(id)).toEqual(SMALL_ANSWERS);
    });

    it('an advisor of the territory reads a submitted diagnostic and its results, never a draft', async () => {
      const project = await newProject(ctx, holder, commune);
      const submittedId = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
      await agent.post(`/api/diagnostics/${submittedId}/submit`).expect(201);
      const draftId = await answeredDiagnostic(agent, project.id, { funding_status: 'full' });
      const advisor = await ctx.loginAs(await ctx.newUser({ role: 'advisor', territoryId: territory.id }));
      const outsider = await ctx.loginAs('advisor');

      expect((await advisor.get(`/api/diagnostics/${submittedId}`).expect(200)).body.status).toBe(
        'submitted',
      );
      await advisor.get(`/api/diagnostics/${submittedId}/results`).expect(200);
      expectError(await advisor.get(`/api/diagnostics/${draftId}`), 404, 'not_found');
      const listed = (await advisor.get(`/api/projects/${project.id}/diagnostics`).expect(200)).body;
      expect(listed.map((item: { id: string }) => item.id)).toEqual([submittedId]);
      expectError(await outsider.get(`/api/diagnostics/${submittedId}`), 404, 'not_found');
      expectError(
        await advisor.put(`/api/diagnostics/${draftId}/answers/comment`).send({ value: 'x' }),
        403,
        'forbidden',
      );
    });
  });
});

import { definitionProblems, type QuestionnaireDefinition } from '@essaim/domain';
import { QuestionnaireVersion } from '../src/questionnaires/questionnaire-version.entity';
import type { Territory } from '../src/territories/territory.entity';
import { SMALL_QUESTIONNAIRE } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

const withTitle = (definition: QuestionnaireDefinition, fr: string): QuestionnaireDefinition => ({
  sections: definition.sections.map((section, index) =>
    index === 0 ? { ...section, title: { fr, en: section.title.en } } : section,
  ),
});

describe('questionnaire', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  async function territoryWithAdmin(): Promise<{ territory: Territory; admin: Agent; holder: Agent }> {
    const territory = await ctx.newTerritory();
    const admin = await ctx.loginAs(
      await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
    );
    const holder = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
    return { territory, admin, holder };
  }

  /** Saves the definition over the current draft and returns the new revision. */
  async function saveDraft(admin: Agent, definition: QuestionnaireDefinition): Promise<number> {
    const { revision } = (await admin.get('/api/admin/questionnaire').expect(200)).body.draft;
    return (await admin.put('/api/admin/questionnaire/draft').send({ revision, definition }).expect(200)).body
      .revision;
  }

  it('a holder gets a 404 until the territory publishes a version, then the latest one', async () => {
    const { admin, holder } = await territoryWithAdmin();
    expectError(await holder.get('/api/questionnaire'), 404, 'not_found');

    await admin
      .post('/api/admin/questionnaire/publish')
      .send({ revision: await saveDraft(admin, SMALL_QUESTIONNAIRE) });
    const changed = withTitle(SMALL_QUESTIONNAIRE, 'Argent, version 2');
    await admin.post('/api/admin/questionnaire/publish').send({ revision: await saveDraft(admin, changed) });

    const latest = await holder.get('/api/questionnaire').expect(200);
    expect(latest.body).toEqual({
      id: expect.any(String),
      number: 2,
      publishedAt: expect.any(String),
      definition: changed,
    });
  });

  it('the first read creates an empty draft at revision 1 when nothing is published', async () => {
    const { admin } = await territoryWithAdmin();

    const response = await admin.get('/api/admin/questionnaire').expect(200);

    expect(response.body).toEqual({
      draft: { definition: { sections: [] }, revision: 1, updatedAt: expect.any(String) },
      versions: [],
    });
  });

  it('the first read starts the draft from the latest published version', async () => {
    const { territory, admin } = await territoryWithAdmin();
    await ctx.dataSource
      .getRepository(QuestionnaireVersion)
      .save({ territoryId: territory.id, number: 1, definition: SMALL_QUESTIONNAIRE });

    const response = await admin.get('/api/admin/questionnaire').expect(200);

    expect(response.body.draft).toMatchObject({ definition: SMALL_QUESTIONNAIRE, revision: 1 });
    expect(response.body.versions).toEqual([
      { id: expect.any(String), number: 1, publishedAt: expect.any(String), questionCount: 7 },
    ]);
  });

  it('publishing freezes the draft as versions 1, 2… and a later draft edit never changes them', async () => {
    const { admin } = await territoryWithAdmin();
    const first = await admin
      .post('/api/admin/questionnaire/publish')
      .send({ revision: await saveDraft(admin, SMALL_QUESTIONNAIRE) })
      .expect(201);
    expect(first.body).toMatchObject({ number: 1, definition: SMALL_QUESTIONNAIRE });

    const second = await admin
      .post('/api/admin/questionnaire/publish')
      .send({ revision: await saveDraft(admin, withTitle(SMALL_QUESTIONNAIRE, 'Deuxième')) })
      .expect(201);
    expect(second.body.number).toBe(2);
    await saveDraft(admin, withTitle(SMALL_QUESTIONNAIRE, 'Brouillon en cours'));

    expect((await admin.get('/api/admin/questionnaire/versions/1').expect(200)).body).toEqual(first.body);
    expect((await admin.get('/api/admin/questionnaire/versions/2').expect(200)).body).toEqual(second.body);
    const overview = (await admin.get('/api/admin/questionnaire').expect(200)).body;
    expect(overview.versions.map((version: { number: number }) => version.number)).toEqual([2, 1]);
    expect(overview.draft.definition.sections[0].title.fr).toBe('Brouillon en cours');
    expectError(await admin.get('/api/admin/questionnaire/versions/3'), 404, 'not_found');
    expectInvalidFields(await admin.get('/api/admin/questionnaire/versions/latest'), ['number']);
  });

  it('saving the draft with a stale revision is a 409 and keeps the other admin’s save', async () => {
    const { territory, admin } = await territoryWithAdmin();
    const other = await ctx.loginAs(
      await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
    );
    const { revision } = (await admin.get('/api/admin/questionnaire').expect(200)).body.draft;
    await other
      .put('/api/admin/questionnaire/draft')
      .send({ revision, definition: SMALL_QUESTIONNAIRE })
      .expect(200);

    const stale = await admin
      .put('/api/admin/questionnaire/draft')
      .send({ revision, definition: withTitle(SMALL_QUESTIONNAIRE, 'Écrasé ?') });

    expectError(stale, 409, 'conflict');
    const { draft } = (await admin.get('/api/admin/questionnaire').expect(200)).body;
    expect(draft).toMatchObject({ revision: revision + 1, definition: SMALL_QUESTIONNAIRE });
    expectError(await admin.post('/api/admin/questionnaire/publish').send({ revision }), 409, 'conflict');
  });

  it('a definition of the wrong shape is a 400 naming the path, and the draft is unchanged', async () => {
    const { admin } = await territoryWithAdmin();
    const revision = await saveDraft(admin, SMALL_QUESTIONNAIRE);
    const broken = JSON.parse(JSON.stringify(SMALL_QUESTIONNAIRE));
    broken.sections[0].questions[0].type = 'slider';
    broken.sections[0].questions[0].options[0].weights.happiness = 3;
    delete broken.sections[1].questions[1].label;
    broken.sections[1].key = 'with space';

    const response = await admin.put('/api/admin/questionnaire/draft').send({ revision, definition: broken });

    expectInvalidFields(response, [
      'definition.sections.0.questions.0.type',
      'definition.sections.0.questions.0.options.0.weights.happiness',
      'definition.sections.1.questions.1.label',
      'definition.sections.1.key',
    ]);
    const { draft } = (await admin.get('/api/admin/questionnaire').expect(200)).body;
    expect(draft).toMatchObject({ revision, definition: SMALL_QUESTIONNAIRE });
  });

  it('a draft that cannot be published is a 400 listing its problems, and no version is created', async () => {
    const { territory, admin } = await territoryWithAdmin();
    const unpublishable: QuestionnaireDefinition = {
      sections: [
        {
          key: 'only',
          title: { fr: 'Seule', en: 'Only' },
          questions: [
            { key: 'twice', type: 'yes_no', label: { fr: 'Un', en: 'One' }, required: true },
            {
              key: 'twice',
              type: 'single_choice',
              label: { fr: 'Deux', en: '' },
              required: true,
              options: [],
            },
          ],
        },
      ],
    };
    const revision = await saveDraft(admin, unpublishable);

    const response = await admin.post('/api/admin/questionnaire/publish').send({ revision });

    expectError(response, 400, 'validation_failed');
    expect(response.body.details).toEqual(
      definitionProblems(unpublishable).map((message) => ({
        field: 'definition',
        reason: 'not_publishable',
        message,
      })),
    );
    expect(response.body.details.length).toBeGreaterThanOrEqual(3);
    expect(
      await ctx.dataSource.getRepository(QuestionnaireVersion).countBy({ territoryId: territory.id }),
    ).toBe(0);
  });

  it('an admin of another territory sees their own territory’s questionnaire, never this one', async () => {
    const { admin } = await territoryWithAdmin();
    await admin
      .post('/api/admin/questionnaire/publish')
      .send({ revision: await saveDraft(admin, SMALL_QUESTIONNAIRE) });
    const { admin: otherAdmin, holder: otherHolder } = await territoryWithAdmin();

    const overview = await otherAdmin.get('/api/admin/questionnaire').expect(200);

    expect(overview.body).toMatchObject({ draft: { definition: { sections: [] } }, versions: [] });
    expectError(await otherAdmin.get('/api/admin/questionnaire/versions/1'), 404, 'not_found');
    expectError(await otherHolder.get('/api/questionnaire'), 404, 'not_found');
  });
});

import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFollower } from '../src/cases/case-follower.entity';
import { CaseNote, CaseNoteRevision } from '../src/cases/case-note.entity';
import type { Commune } from '../src/territories/commune.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface Note {
  id: string;
  visibility: 'internal' | 'shared';
  body: string;
  version: number;
}

describe('notes on a case', () => {
  let ctx: TestContext;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let advisor: User;
  let advisorAgent: Agent;
  let colleagueAgent: Agent;
  let partner: User;
  let partnerAgent: Agent;
  let strangers: Agent[];

  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    const partnerOrganisation = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    advisor = await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id });
    advisorAgent = await ctx.loginAs(advisor);
    colleagueAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id }),
    );
    partner = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: partnerOrganisation.id,
    });
    partnerAgent = await ctx.loginAs(partner);
    // Staff of another territory, a funder of this one and a holder of another project.
    strangers = await Promise.all([
      ctx.loginAs('advisor'),
      ctx.loginAs('territory_admin'),
      ctx.loginAs(await ctx.newUser({ role: 'funder', territoryId: territory.id })),
      ctx.loginAs(await ctx.newUser({ territoryId: territory.id })),
    ]);
  });
  afterAll(() => ctx.close());

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  async function addNote(caseId: string, visibility: 'internal' | 'shared', body: string): Promise<Note> {
    const response = await advisorAgent.post(`/api/cases/${caseId}/notes`).send({ body, visibility });
    expect(response.status).toBe(201);
    return response.body as Note;
  }

  const savedNotes = (caseId: string) => ctx.dataSource.getRepository(CaseNote).findBy({ caseId });
  const noteEvents = (caseId: string) =>
    ctx.dataSource.getRepository(CaseEvent).find({
      where: [
        { caseId, kind: 'note_added' },
        { caseId, kind: 'note_edited' },
      ],
    });

  it('keeps the markdown as typed, without surrounding blanks, and shows it newest first', async () => {
    const caseId = await openCase();
    const first = await addNote(
      caseId,
      'internal',
      '  **Appel** du 3 mai :\n- statuts à revoir\n<b>x</b>  \n',
    );
    const second = await addNote(caseId, 'shared', 'Pensez à envoyer le budget.');

    expect(first).toEqual({
      id: expect.any(String),
      visibility: 'internal',
      body: '**Appel** du 3 mai :\n- statuts à revoir\n<b>x</b>',
      author: { id: advisor.id, firstName: advisor.firstName, lastName: advisor.lastName },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
      edited: false,
      mine: true,
    });
    const { body: staffView } = await advisorAgent.get(`/api/cases/${caseId}/notes`).expect(200);
    expect(staffView.map((note: Note) => note.id)).toEqual([second.id, first.id]);
    const { body: colleagueView } = await colleagueAgent.get(`/api/cases/${caseId}/notes`).expect(200);
    expect(colleagueView.map((note: { mine: boolean }) => note.mine)).toEqual([false, false]);
  });

  it('shows the holder the shared notes only: an internal note and its history are a 404 for them', async () => {
    const caseId = await openCase();
    const internal = await addNote(caseId, 'internal', 'Le porteur semble hésitant.');
    const shared = await addNote(caseId, 'shared', 'Rendez-vous fixé au 12 juin.');

    const { body: holderView } = await holderAgent.get(`/api/cases/${caseId}/notes`).expect(200);
    expect(holderView).toEqual([expect.objectContaining({ id: shared.id, mine: false })]);
    expectError(await holderAgent.get(`/api/notes/${internal.id}/revisions`), 404, 'not_found');
    await holderAgent.get(`/api/notes/${shared.id}/revisions`).expect(200, []);
  });

  it('lets its author edit a note, keeping each replaced text as a revision, newest first', async () => {
    const caseId = await openCase();
    const note = await addNote(caseId, 'shared', 'Première version');

    const once = await advisorAgent
      .patch(`/api/notes/${note.id}`)
      .send({ body: 'Deuxième version', version: 1 });
    expect(once.status).toBe(200);
    expect(once.body).toMatchObject({
      body: 'Deuxième version',
      version: 2,
      edited: true,
      visibility: 'shared',
    });
    const twice = await advisorAgent
      .patch(`/api/notes/${note.id}`)
      .send({ body: 'Troisième version', version: 2 });
    expect(twice.body).toMatchObject({ body: 'Troisième version', version: 3, edited: true });

    const { body: revisions } = await holderAgent.get(`/api/notes/${note.id}/revisions`).expect(200);
    expect(revisions).toEqual([
      { version: 2, body: 'Deuxième version', createdAt: expect.any(String) },
      { version: 1, body: 'Première version', createdAt: expect.any(String) },
    ]);
    const events = await noteEvents(caseId);
    expect(events.filter((event) => event.kind === 'note_edited')).toHaveLength(2);
  });

  it('forbids editing a note to another advisor who sees the case, and changes nothing', async () => {
    const caseId = await openCase();
    const note = await addNote(caseId, 'internal', 'Ma note');

    expectError(
      await colleagueAgent.patch(`/api/notes/${note.id}`).send({ body: 'Réécrite', version: 1 }),
      403,
      'forbidden',
    );
    expect(await savedNotes(caseId)).toEqual([expect.objectContaining({ body: 'Ma note', version: 1 })]);
    expect(await ctx.dataSource.getRepository(CaseNoteRevision).findBy({ noteId: note.id })).toEqual([]);
  });

  it('answers 409 to an edit started from a replaced version, and keeps the newer text', async () => {
    const caseId = await openCase();
    const note = await addNote(caseId, 'internal', 'Version de départ');
    await advisorAgent
      .patch(`/api/notes/${note.id}`)
      .send({ body: 'Depuis un onglet', version: 1 })
      .expect(200);

    const stale = await advisorAgent
      .patch(`/api/notes/${note.id}`)
      .send({ body: 'Depuis un autre', version: 1 });
    expectError(stale, 409, 'conflict');
    expect(await savedNotes(caseId)).toEqual([
      expect.objectContaining({ body: 'Depuis un onglet', version: 2 }),
    ]);
    expect(await ctx.dataSource.getRepository(CaseNoteRevision).countBy({ noteId: note.id })).toBe(1);
  });

  it('refuses bad input with a 400 naming the field, and saves nothing', async () => {
    const caseId = await openCase();
    const post = (body: Record<string, unknown>) =>
      advisorAgent.post(`/api/cases/${caseId}/notes`).send(body);

    expectInvalidFields(await post({ body: '   \n ', visibility: 'internal' }), { body: 'minLength' });
    expectInvalidFields(await post({ body: 'x'.repeat(20_001), visibility: 'internal' }), {
      body: 'maxLength',
    });
    expectInvalidFields(await post({ body: 'Une note', visibility: 'public' }), ['visibility']);
    expectInvalidFields(await post({ visibility: 'shared' }), ['body']);
    expect(await savedNotes(caseId)).toEqual([]);
    expect(await noteEvents(caseId)).toEqual([]);

    const note = await addNote(caseId, 'internal', 'x'.repeat(20_000));
    const patch = (body: Record<string, unknown>) => advisorAgent.patch(`/api/notes/${note.id}`).send(body);
    // Visibility is fixed once the note is written.
    expectInvalidFields(await patch({ body: 'Texte', version: 1, visibility: 'shared' }), {
      visibility: 'unknown_field',
    });
    expectInvalidFields(await patch({ body: '', version: 1 }), { body: 'minLength' });
    expectInvalidFields(await patch({ body: 'Texte' }), ['version']);
    expect(await savedNotes(caseId)).toEqual([
      expect.objectContaining({ visibility: 'internal', body: 'x'.repeat(20_000), version: 1 }),
    ]);
    expect((await noteEvents(caseId)).map((event) => event.kind)).toEqual(['note_added']);
  });

  it('records note_added and note_edited with the note’s visibility: the holder’s timeline has the shared ones only', async () => {
    const caseId = await openCase();
    const internal = await addNote(caseId, 'internal', 'Interne');
    const shared = await addNote(caseId, 'shared', 'Partagée');
    await advisorAgent
      .patch(`/api/notes/${internal.id}`)
      .send({ body: 'Interne, revue', version: 1 })
      .expect(200);
    await advisorAgent
      .patch(`/api/notes/${shared.id}`)
      .send({ body: 'Partagée, revue', version: 1 })
      .expect(200);

    const timeline = async (agent: Agent) => {
      const { body } = await agent.get(`/api/cases/${caseId}`).expect(200);
      return (body.events as { kind: string; visibility: string; payload: object }[])
        .filter((event) => event.kind.startsWith('note_'))
        .map(({ kind, visibility, payload }) => ({ kind, visibility, payload }));
    };
    expect(await timeline(advisorAgent)).toEqual([
      { kind: 'note_added', visibility: 'internal', payload: { noteId: internal.id } },
      { kind: 'note_added', visibility: 'shared', payload: { noteId: shared.id } },
      { kind: 'note_edited', visibility: 'internal', payload: { noteId: internal.id } },
      { kind: 'note_edited', visibility: 'shared', payload: { noteId: shared.id } },
    ]);
    expect(await timeline(holderAgent)).toEqual([
      { kind: 'note_added', visibility: 'shared', payload: { noteId: shared.id } },
      { kind: 'note_edited', visibility: 'shared', payload: { noteId: shared.id } },
    ]);
  });

  it('hides a case’s notes (404) from staff who do not see it and from other users, and lets a partner in once given the case', async () => {
    const caseId = await openCase();
    const note = await addNote(caseId, 'shared', 'Visible du porteur');

    for (const agent of [partnerAgent, ...strangers]) {
      expectError(await agent.get(`/api/cases/${caseId}/notes`), 404, 'not_found');
      expectError(await agent.get(`/api/notes/${note.id}/revisions`), 404, 'not_found');
    }
    const [otherAdvisor, otherAdmin, funder, otherHolder] = strangers as [Agent, Agent, Agent, Agent];
    for (const agent of [partnerAgent, otherAdvisor, otherAdmin]) {
      expectError(
        await agent.post(`/api/cases/${caseId}/notes`).send({ body: 'Intrus', visibility: 'internal' }),
        404,
        'not_found',
      );
      expectError(
        await agent.patch(`/api/notes/${note.id}`).send({ body: 'Intrus', version: 1 }),
        404,
        'not_found',
      );
    }
    // Funders and holders lack case:work: writing notes is refused to them whatever the case.
    for (const agent of [funder, otherHolder, holderAgent]) {
      expectError(
        await agent.post(`/api/cases/${caseId}/notes`).send({ body: 'Intrus', visibility: 'shared' }),
        403,
        'forbidden',
      );
    }
    expect(await savedNotes(caseId)).toEqual([expect.objectContaining({ body: 'Visible du porteur' })]);

    // Once following the case, the partner reads and adds notes, and still edits only their own.
    await ctx.dataSource.getRepository(CaseFollower).insert({ caseId, userId: partner.id });
    await partnerAgent.get(`/api/cases/${caseId}/notes`).expect(200);
    await partnerAgent
      .post(`/api/cases/${caseId}/notes`)
      .send({ body: 'Vu', visibility: 'internal' })
      .expect(201);
    expectError(
      await partnerAgent.patch(`/api/notes/${note.id}`).send({ body: 'Intrus', version: 1 }),
      403,
      'forbidden',
    );
  });
});

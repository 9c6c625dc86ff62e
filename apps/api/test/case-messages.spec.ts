import { randomUUID } from 'node:crypto';
import { CaseDocument, CaseDocumentVersion } from '../src/cases/case-document.entity';
import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFollower } from '../src/cases/case-follower.entity';
import { CaseMessage } from '../src/cases/case-message.entity';
import type { Commune } from '../src/territories/commune.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface Message {
  id: string;
  mine: boolean;
  readByOtherSide: boolean;
  attachments: { documentId: string }[];
}

describe('the message thread of a case', () => {
  let ctx: TestContext;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let advisor: User;
  let advisorAgent: Agent;
  let colleagueAgent: Agent;
  let partner: User;
  let partnerAgent: Agent;

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
    holder = await ctx.newUser({ territoryId: territory.id, firstName: 'Awa', lastName: 'Diallo' });
    holderAgent = await ctx.loginAs(holder);
    advisor = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: operator.id,
      firstName: 'Karim',
      lastName: 'Benali',
    });
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
  });
  afterAll(() => ctx.close());

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  async function post(agent: Agent, caseId: string, body: Record<string, unknown>): Promise<Message> {
    const response = await agent.post(`/api/cases/${caseId}/messages`).send(body);
    expect(response.status).toBe(201);
    return response.body as Message;
  }

  async function thread(agent: Agent, caseId: string): Promise<{ items: Message[]; unreadCount: number }> {
    return (await agent.get(`/api/cases/${caseId}/messages`).expect(200)).body;
  }

  /** A document as the upload route would store it: one version per uploader given, in order. */
  async function uploaded(caseId: string, ...uploaders: User[]): Promise<string> {
    const { identifiers } = await ctx.dataSource
      .getRepository(CaseDocument)
      .insert({ caseId, category: 'other', currentVersion: uploaders.length });
    const documentId = String(identifiers[0]?.['id']);
    await ctx.dataSource.getRepository(CaseDocumentVersion).insert(
      uploaders.map((uploader, index) => ({
        documentId,
        version: index + 1,
        storageKey: randomUUID(),
        fileName: `budget-v${index + 1}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 2048 * (index + 1),
        sha256: 'a'.repeat(64),
        uploadedById: uploader.id,
      })),
    );
    return documentId;
  }

  const messageOfDocument = async (documentId: string) =>
    (await ctx.dataSource.getRepository(CaseDocument).findOneByOrFail({ id: documentId })).messageId;

  it('carries messages both ways, oldest first, with who wrote them and from which side', async () => {
    const caseId = await openCase();
    const question = await post(holderAgent, caseId, { body: '  Bonjour, où en est mon dossier ?  ' });
    expect(question).toEqual({
      id: expect.any(String),
      body: 'Bonjour, où en est mon dossier ?',
      author: { id: holder.id, firstName: 'Awa', lastName: 'Diallo', side: 'holder' },
      createdAt: expect.any(String),
      mine: true,
      readByOtherSide: false,
      attachments: [],
    });
    const answer = await post(advisorAgent, caseId, { body: 'Il est à l’étude.' });

    const { items } = await thread(holderAgent, caseId);
    expect(items).toEqual([
      expect.objectContaining({ id: question.id, mine: true }),
      expect.objectContaining({
        id: answer.id,
        body: 'Il est à l’étude.',
        author: { id: advisor.id, firstName: 'Karim', lastName: 'Benali', side: 'staff' },
        mine: false,
      }),
    ]);
  });

  it('follows who has read what: the other side’s read mark, and each person’s unread count', async () => {
    const caseId = await openCase();
    const question = await post(holderAgent, caseId, { body: 'Une question' });

    // Looking at the thread is not reading it: the client says when the person has read it.
    expect(await thread(advisorAgent, caseId)).toMatchObject({
      unreadCount: 1,
      items: [{ readByOtherSide: false }],
    });
    await advisorAgent.post(`/api/cases/${caseId}/messages/read`).expect(204);
    expect(await thread(advisorAgent, caseId)).toMatchObject({ unreadCount: 0 });
    expect((await thread(holderAgent, caseId)).items).toEqual([
      expect.objectContaining({ id: question.id, readByOtherSide: true }),
    ]);

    const answer = await post(advisorAgent, caseId, { body: 'Une réponse' });
    expect(answer.readByOtherSide).toBe(false);
    expect(await thread(holderAgent, caseId)).toMatchObject({ unreadCount: 1 });
    // Writing back marks the thread read for its author.
    await post(holderAgent, caseId, { body: 'Merci !' });
    expect(await thread(holderAgent, caseId)).toMatchObject({ unreadCount: 0 });
    const staffView = await thread(advisorAgent, caseId);
    expect(staffView.items.map((message) => message.readByOtherSide)).toEqual([true, true, false]);
    expect(staffView.unreadCount).toBe(1);
    // A colleague who never opened the thread has everyone else's messages to read.
    expect(await thread(colleagueAgent, caseId)).toMatchObject({ unreadCount: 3 });
  });

  it('records each message as a shared message_posted event, on the holder’s timeline too', async () => {
    const caseId = await openCase();
    const fromHolder = await post(holderAgent, caseId, { body: 'Bonjour' });
    const fromStaff = await post(advisorAgent, caseId, { body: 'Bonjour à vous' });

    for (const agent of [holderAgent, advisorAgent]) {
      const { body } = await agent.get(`/api/cases/${caseId}`).expect(200);
      expect(
        (body.events as { kind: string; visibility: string; payload: object }[])
          .filter((event) => event.kind === 'message_posted')
          .map(({ visibility, payload }) => ({ visibility, payload })),
      ).toEqual([
        { visibility: 'shared', payload: { messageId: fromHolder.id } },
        { visibility: 'shared', payload: { messageId: fromStaff.id } },
      ]);
    }
  });

  it('sends the caller’s own uploaded documents of the case with a message, once', async () => {
    const caseId = await openCase();
    const statutes = await uploaded(caseId, holder);
    const budget = await uploaded(caseId, advisor, holder);

    const message = await post(holderAgent, caseId, {
      body: 'Voici les pièces',
      attachmentIds: [statutes, budget],
    });
    expect(message).toMatchObject({
      attachments: expect.arrayContaining([
        { documentId: statutes, fileName: 'budget-v1.pdf', contentType: 'application/pdf', sizeBytes: 2048 },
        // The latest version is the one sent.
        { documentId: budget, fileName: 'budget-v2.pdf', contentType: 'application/pdf', sizeBytes: 4096 },
      ]),
    });
    expect(await messageOfDocument(statutes)).toBe(message.id);
    expect(await messageOfDocument(budget)).toBe(message.id);
    const { items } = await thread(advisorAgent, caseId);
    expect(
      items.map((item) => [item.id, item.attachments.map((attachment) => attachment.documentId).sort()]),
    ).toEqual([[message.id, [statutes, budget].sort()]]);
  });

  it('refuses to attach what is not the caller’s own unsent document of the case, naming attachmentIds, and saves nothing', async () => {
    const caseId = await openCase();
    const otherCase = await openCase();
    const byAdvisor = await uploaded(caseId, advisor);
    const replacedByAdvisor = await uploaded(caseId, holder, advisor);
    const ofOtherCase = await uploaded(otherCase, holder);
    const alreadySent = await uploaded(caseId, holder);
    await post(holderAgent, caseId, { body: 'Premier envoi', attachmentIds: [alreadySent] });
    const fresh = await uploaded(caseId, holder);
    const messagesBefore = await ctx.dataSource.getRepository(CaseMessage).countBy({ caseId });

    for (const refused of [byAdvisor, replacedByAdvisor, ofOtherCase, alreadySent, randomUUID()]) {
      const response = await holderAgent
        .post(`/api/cases/${caseId}/messages`)
        .send({ body: 'Avec pièce', attachmentIds: [fresh, refused] });
      expectInvalidFields(response, { attachmentIds: 'not_attachable' });
    }
    const six = await Promise.all(Array.from({ length: 6 }, () => uploaded(caseId, holder)));
    expectInvalidFields(
      await holderAgent.post(`/api/cases/${caseId}/messages`).send({ body: 'Trop', attachmentIds: six }),
      ['attachmentIds'],
    );
    expectInvalidFields(
      await holderAgent
        .post(`/api/cases/${caseId}/messages`)
        .send({ body: 'Deux fois', attachmentIds: [fresh, fresh] }),
      ['attachmentIds'],
    );
    expectInvalidFields(
      await holderAgent
        .post(`/api/cases/${caseId}/messages`)
        .send({ body: 'Pas un id', attachmentIds: ['budget.pdf'] }),
      ['attachmentIds'],
    );

    expect(await ctx.dataSource.getRepository(CaseMessage).countBy({ caseId })).toBe(messagesBefore);
    expect(await messageOfDocument(fresh)).toBeNull();
    expect(await messageOfDocument(byAdvisor)).toBeNull();
  });

  it('refuses a blank or too long message with a 400 naming body, and saves nothing', async () => {
    const caseId = await openCase();
    for (const body of ['  \n ', 'x'.repeat(10_001), 42]) {
      expectInvalidFields(await holderAgent.post(`/api/cases/${caseId}/messages`).send({ body }), ['body']);
    }
    expectInvalidFields(await holderAgent.post(`/api/cases/${caseId}/messages`).send({}), ['body']);
    expect(await ctx.dataSource.getRepository(CaseMessage).countBy({ caseId })).toBe(0);
    expect(await ctx.dataSource.getRepository(CaseEvent).countBy({ caseId, kind: 'message_posted' })).toBe(0);
    await post(holderAgent, caseId, { body: 'x'.repeat(10_000) });
  });

  it('is a 404 on every message route for staff who do not see the case and for other users, until the case is given to them', async () => {
    const caseId = await openCase();
    await post(holderAgent, caseId, { body: 'Pour mes conseillers seulement' });
    const outsiders = [
      partnerAgent,
      await ctx.loginAs('advisor'),
      await ctx.loginAs('territory_admin'),
      await ctx.loginAs(await ctx.newUser({ role: 'funder', territoryId: holder.territoryId })),
      await ctx.loginAs(await ctx.newUser({ territoryId: holder.territoryId })),
    ];

    for (const agent of outsiders) {
      expectError(await agent.get(`/api/cases/${caseId}/messages`), 404, 'not_found');
      expectError(
        await agent.post(`/api/cases/${caseId}/messages`).send({ body: 'Intrus' }),
        404,
        'not_found',
      );
      expectError(await agent.post(`/api/cases/${caseId}/messages/read`), 404, 'not_found');
    }
    expect(await ctx.dataSource.getRepository(CaseMessage).countBy({ caseId })).toBe(1);

    await ctx.dataSource.getRepository(CaseFollower).insert({ caseId, userId: partner.id });
    expect(await thread(partnerAgent, caseId)).toMatchObject({ unreadCount: 1 });
    await post(partnerAgent, caseId, { body: 'Je suis votre nouvelle conseillère.' });
  });
});

import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { samplePdf } from './fixtures/sample-files';
import { newCommune, newOffer, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface SeenEvent {
  kind: string;
  visibility: 'internal' | 'shared';
  payload: Record<string, unknown>;
}

/**
 * One case worked through every kind of write, then read by each kind of caller: the holder
 * sees exactly the shared events (without the staff's reasons), the case's staff see them all,
 * and nobody else sees the case at all.
 */
describe('who sees which event of a case', () => {
  let ctx: TestContext;
  let caseId: string;
  let holderAgent: Agent;
  let advisorAgent: Agent;
  let partnerAgent: Agent;
  let otherPartnerAgent: Agent;
  let funderAgent: Agent;
  let strangerAgent: Agent;

  const SHARED_KINDS = [
    'submitted',
    'stage_changed',
    'note_added',
    'message_posted',
    'document_uploaded',
    'orientation_proposed',
    'orientation_accepted',
    'orientation_declined',
  ];
  const INTERNAL_KINDS = [
    'assigned',
    'priority_changed',
    'note_added',
    'note_edited',
    'task_added',
    'task_done',
  ];

  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    const partner = await ctx.newOrganisation(territory, { name: 'Coop Accompagne', kind: 'support' });
    const otherPartner = await ctx.newOrganisation(territory, { name: 'Autre réseau', kind: 'support' });
    const funder = await ctx.newOrganisation(territory, { name: 'Fonds', kind: 'funder' });
    const offer = await newOffer(ctx, partner, { name: 'Incubation' });
    const otherOffer = await newOffer(ctx, otherPartner, { name: 'Parrainage' });
    await publishQuestionnaire(ctx, territory);
    const commune = await newCommune(ctx, territory);

    const holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    const advisor: User = await ctx.newUser({ role: 'advisor', territoryId: territory.id });
    advisorAgent = await ctx.loginAs(advisor);
    const partnerAdvisor = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: partner.id,
    });
    partnerAgent = await ctx.loginAs(partnerAdvisor);
    otherPartnerAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: otherPartner.id }),
    );
    funderAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'funder', territoryId: territory.id, organisationId: funder.id }),
    );
    strangerAgent = await ctx.loginAs('advisor');

    caseId = await submittedCase(ctx, holder, holderAgent, commune);
    const version = async () => (await advisorAgent.get(`/api/cases/${caseId}`).expect(200)).body.version;
    const ok = (status: number) => (response: { status: number }) => expect(response.status).toBe(status);

    // The advisor takes the case (stage_changed), assigns it (assigned), raises its priority.
    await advisorAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'orientation', version: await version() })
      .then(ok(200));
    await advisorAgent
      .post(`/api/cases/${caseId}/assignment`)
      .send({ leadAdvisorId: advisor.id, version: await version() })
      .then(ok(200));
    await advisorAgent
      .patch(`/api/cases/${caseId}`)
      .send({ priority: 'high', version: await version() })
      .then(ok(200));
    // Notes, one edited; a task done; a message; a document.
    const internal = await advisorAgent
      .post(`/api/cases/${caseId}/notes`)
      .send({ body: 'Entre nous : **fragile**', visibility: 'internal' });
    ok(201)(internal);
    await advisorAgent
      .patch(`/api/notes/${internal.body.id}`)
      .send({ body: 'Entre nous', version: 1 })
      .then(ok(200));
    await advisorAgent
      .post(`/api/cases/${caseId}/notes`)
      .send({ body: 'Rendez-vous le 3', visibility: 'shared' })
      .then(ok(201));
    const task = await advisorAgent
      .post(`/api/cases/${caseId}/tasks`)
      .send({ title: 'Appeler', dueDate: '2030-01-15' });
    ok(201)(task);
    await advisorAgent.patch(`/api/tasks/${task.body.id}`).send({ done: true, version: 1 }).then(ok(200));
    await holderAgent.post(`/api/cases/${caseId}/messages`).send({ body: 'Bonjour' }).then(ok(201));
    await holderAgent
      .post(`/api/cases/${caseId}/documents`)
      .field('category', 'statutes')
      .attach('file', samplePdf(), 'statuts.pdf')
      .then(ok(201));
    // Two orientations: one accepted by the partner, one declined with a reason.
    const accepted = await advisorAgent
      .post(`/api/cases/${caseId}/orientations`)
      .send({ offerId: offer.id, message: 'Pour l’incubation' });
    ok(201)(accepted);
    await partnerAgent
      .post(`/api/orientations/${accepted.body.id}/accept`)
      .send({ version: 1 })
      .then(ok(200));
    const declined = await advisorAgent
      .post(`/api/cases/${caseId}/orientations`)
      .send({ offerId: otherOffer.id, message: 'Parrainage ?' });
    ok(201)(declined);
    await otherPartnerAgent
      .post(`/api/orientations/${declined.body.id}/decline`)
      .send({ version: 1, reason: 'Projet hors de notre zone' })
      .then(ok(200));
    // A move back needs a reason, which stays with the staff.
    await advisorAgent
      .post(`/api/cases/${caseId}/moves`)
      .send({ to: 'on_hold', reason: 'Attente des statuts signés', version: await version() })
      .then(ok(200));
  });
  afterAll(() => ctx.close());

  const kindsOf = (events: SeenEvent[], visibility?: SeenEvent['visibility']) =>
    [...new Set(events.filter((e) => !visibility || e.visibility === visibility).map((e) => e.kind))].sort();

  it('shows the holder every shared event and nothing else, without the staff’s reasons', async () => {
    const { body } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
    const events = body.events as SeenEvent[];
    expect(events.every((event) => event.visibility === 'shared')).toBe(true);
    expect(kindsOf(events)).toEqual([...SHARED_KINDS].sort());
    expect(events.filter((event) => 'reason' in event.payload)).toEqual([]);
  });

  it('shows the case’s staff every event, internal and shared, reasons included', async () => {
    for (const agent of [advisorAgent, partnerAgent]) {
      const { body } = await agent.get(`/api/cases/${caseId}`).expect(200);
      const events = body.events as SeenEvent[];
      expect(kindsOf(events, 'shared')).toEqual([...SHARED_KINDS].sort());
      expect(kindsOf(events, 'internal')).toEqual([...INTERNAL_KINDS].sort());
      const reasons = events.map((event) => event.payload['reason']).filter(Boolean);
      expect(reasons).toEqual(['Projet hors de notre zone', 'Attente des statuts signés']);
    }
  });

  it('hides the case from a partner who declined it, a funder and another territory’s advisor', async () => {
    for (const agent of [otherPartnerAgent, funderAgent, strangerAgent]) {
      expectError(await agent.get(`/api/cases/${caseId}`), 404, 'not_found');
      expectError(await agent.get(`/api/cases/${caseId}/notes`), 404, 'not_found');
      expectError(await agent.get(`/api/cases/${caseId}/documents`), 404, 'not_found');
    }
  });
});

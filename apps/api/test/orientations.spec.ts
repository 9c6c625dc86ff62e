import { CaseEvent } from '../src/cases/case-event.entity';
import { Orientation } from '../src/cases/orientation.entity';
import type { Offer } from '../src/directory/offer.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newCommune, newOffer, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

type Action = 'accept' | 'decline' | 'complete';

describe('orienting a case to a partner organisation', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let operator: Organisation;
  let partner: Organisation;
  let otherPartner: Organisation;
  let funder: Organisation;
  let offer: Offer;
  let otherOffer: Offer;
  let holder: User;
  let holderAgent: Agent;
  let karim: User;
  let karimAgent: Agent;
  let colleagueAgent: Agent;
  let adminAgent: Agent;
  let lea: User;
  let leaAgent: Agent;
  let leaColleagueAgent: Agent;
  let otherPartnerAgent: Agent;
  let strangerAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    partner = await ctx.newOrganisation(territory, { name: 'Coop Accompagne', kind: 'support' });
    otherPartner = await ctx.newOrganisation(territory, { name: 'Réseau Entreprendre', kind: 'both' });
    funder = await ctx.newOrganisation(territory, { name: 'Fonds Solidaire', kind: 'funder' });
    offer = await newOffer(ctx, partner, { name: 'Incubation ESS' });
    otherOffer = await newOffer(ctx, otherPartner, { name: 'Parrainage' });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);

    holder = await ctx.newUser({ territoryId: territory.id });
    holderAgent = await ctx.loginAs(holder);
    const advisorOf = (organisation: Organisation) =>
      ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: organisation.id });
    karim = await advisorOf(operator);
    karimAgent = await ctx.loginAs(karim);
    colleagueAgent = await ctx.loginAs(await advisorOf(operator));
    adminAgent = await ctx.loginAs(await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }));
    lea = await advisorOf(partner);
    leaAgent = await ctx.loginAs(lea);
    leaColleagueAgent = await ctx.loginAs(await advisorOf(partner));
    otherPartnerAgent = await ctx.loginAs(await advisorOf(otherPartner));
    strangerAgent = await ctx.loginAs('advisor');
  });
  afterAll(() => ctx.close());

  /** A submitted case that Karim, of the operator, took: he is its lead advisor. */
  async function takenCase(): Promise<string> {
    const caseId = await submittedCase(ctx, holder, holderAgent, commune);
    await move(karimAgent, caseId, 'orientation').then((response) => expect(response.status).toBe(200));
    return caseId;
  }

  async function move(agent: Agent, caseId: string, to: string) {
    const { body } = await agent.get(`/api/cases/${caseId}`).expect(200);
    return agent.post(`/api/cases/${caseId}/moves`).send({ to, version: body.version });
  }

  const propose = (agent: Agent, caseId: string, body: Record<string, unknown>) =>
    agent.post(`/api/cases/${caseId}/orientations`).send(body);

  /** Karim orients the case to the offer; the orientation as the API answered it. */
  async function proposed(caseId: string, to: Offer = offer) {
    const response = await propose(karimAgent, caseId, {
      offerId: to.id,
      message: 'Projet de tiers-lieu : votre incubateur semble adapté.',
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  }

  const answer = (agent: Agent, orientationId: string, action: Action, body: Record<string, unknown>) =>
    agent.post(`/api/orientations/${orientationId}/${action}`).send(body);

  const orientationsOf = (caseId: string) => ctx.dataSource.getRepository(Orientation).findBy({ caseId });
  const eventsOf = (caseId: string, kind: string) =>
    ctx.dataSource.getRepository(CaseEvent).find({ where: { caseId, kind }, order: { createdAt: 'ASC' } });
  const inboxIds = async (agent: Agent, query = '') => {
    const response = await agent.get(`/api/orientations${query}`).expect(200);
    return (response.body as { id: string }[]).map((item) => item.id);
  };

  describe('proposing', () => {
    it('lets the lead advisor orient a case to a partner’s offer, with a shared event in the timeline', async () => {
      const caseId = await takenCase();

      const response = await propose(karimAgent, caseId, {
        offerId: offer.id,
        message: '  Projet de tiers-lieu : votre incubateur semble adapté.  ',
      });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        caseId,
        status: 'proposed',
        organisation: { id: partner.id, name: 'Coop Accompagne' },
        offer: { id: offer.id, name: 'Incubation ESS' },
        message: 'Projet de tiers-lieu : votre incubateur semble adapté.',
        declineReason: null,
        proposedBy: { id: karim.id, firstName: karim.firstName, lastName: karim.lastName },
        answeredBy: null,
        createdAt: expect.any(String),
        answeredAt: null,
        completedAt: null,
        version: 1,
      });
      const [event] = await eventsOf(caseId, 'orientation_proposed');
      expect(event).toMatchObject({
        visibility: 'shared',
        actorId: karim.id,
        payload: {
          orientationId: response.body.id,
          organisationName: 'Coop Accompagne',
          offerName: 'Incubation ESS',
        },
      });
    });

    it('refuses a staff member who sees the case but is not one of its advisors (403), and nothing is saved', async () => {
      const caseId = await takenCase();
      expectError(
        await propose(colleagueAgent, caseId, { offerId: offer.id, message: 'Bonjour' }),
        403,
        'forbidden',
      );
      // A partner's advisor the case was not given does not even see it.
      expectError(
        await propose(leaAgent, caseId, { offerId: offer.id, message: 'Bonjour' }),
        404,
        'not_found',
      );
      expect(await orientationsOf(caseId)).toEqual([]);
    });

    it('lets a territory admin orient a case: admins count among the case’s advisors', async () => {
      const caseId = await takenCase();
      const response = await propose(adminAgent, caseId, { offerId: offer.id, message: 'Bonjour' });
      expect(response.status).toBe(201);
    });

    it('refuses an offer nobody may be oriented to, naming offerId, and saves nothing', async () => {
      const caseId = await takenCase();
      const elsewhere = await ctx.newOrganisation(await ctx.newTerritory());
      const unpublishedOrganisation = await ctx.newOrganisation(territory, { published: false });
      const refusals: [Offer, string][] = [
        [await newOffer(ctx, elsewhere), 'not_found'],
        [
          await newOffer(ctx, otherPartner, { kind: 'funding', instrument: 'honour_loan' }),
          'not_accompaniment',
        ],
        [await newOffer(ctx, partner, { published: false }), 'not_published'],
        [await newOffer(ctx, unpublishedOrganisation), 'not_published'],
        [await newOffer(ctx, operator), 'not_a_partner'],
        [await newOffer(ctx, funder), 'not_a_partner'],
      ];
      for (const [refused, reason] of refusals) {
        const response = await propose(karimAgent, caseId, { offerId: refused.id, message: 'Bonjour' });
        expectInvalidFields(response, { offerId: reason });
      }
      expect(await orientationsOf(caseId)).toEqual([]);
      expect(await eventsOf(caseId, 'orientation_proposed')).toEqual([]);
    });

    it('answers 400 naming each field of a bad request, and saves nothing', async () => {
      const caseId = await takenCase();
      expectInvalidFields(await propose(karimAgent, caseId, { offerId: 'not-an-id', message: '   ' }), [
        'offerId',
        'message',
      ]);
      expectInvalidFields(
        await propose(karimAgent, caseId, { offerId: offer.id, message: 'x'.repeat(5001) }),
        ['message'],
      );
      expectInvalidFields(
        await propose(karimAgent, caseId, { offerId: offer.id, message: 'Bonjour', status: 'accepted' }),
        {
          status: 'unknown_field',
        },
      );
      expect(await orientationsOf(caseId)).toEqual([]);
    });

    it('refuses a second open orientation to the same offer (409); once declined, the offer may be proposed again', async () => {
      const caseId = await takenCase();
      const first = await proposed(caseId);

      expectError(
        await propose(karimAgent, caseId, { offerId: offer.id, message: 'Encore' }),
        409,
        'conflict',
      );
      // Another partner's offer is another orientation.
      await proposed(caseId, otherOffer);

      await answer(leaAgent, first.id, 'decline', { version: 1, reason: 'Complet ce trimestre' }).then(
        (response) => expect(response.status).toBe(200),
      );
      await proposed(caseId);
      expect(await orientationsOf(caseId)).toHaveLength(3);
    });

    it('refuses to orient a closed case (409) until it is reopened', async () => {
      const caseId = await takenCase();
      const { body } = await karimAgent.get(`/api/cases/${caseId}`).expect(200);
      await karimAgent
        .post(`/api/cases/${caseId}/moves`)
        .send({ to: 'closed', outcome: 'abandoned', reason: 'Projet arrêté', version: body.version })
        .expect(200);

      const refused = await propose(karimAgent, caseId, { offerId: offer.id, message: 'Trop tard' });
      expectError(refused, 409, 'conflict');
      expect(refused.body.message).toContain('closed');
      expect(await orientationsOf(caseId)).toHaveLength(0);
    });
  });

  describe('the inbox of orientations', () => {
    it('shows a partner’s advisors the orientations to their organisation, newest first, with the project to decide on', async () => {
      const caseId = await takenCase();
      const older = await proposed(caseId);
      const toOther = await proposed(caseId, otherOffer);
      const newer = await proposed(await takenCase(), await newOffer(ctx, partner));

      const { body } = await leaAgent.get('/api/orientations').expect(200);
      const ids = body.map((item: { id: string }) => item.id);
      expect(ids).toContain(older.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
      expect(ids).not.toContain(toOther.id);
      const item = body.find((candidate: { id: string }) => candidate.id === older.id);
      expect(item).toMatchObject({
        status: 'proposed',
        organisation: { id: partner.id },
        proposedBy: { id: karim.id },
        case: {
          id: caseId,
          reference: expect.any(String),
          stage: 'orientation',
          project: {
            name: expect.any(String),
            summary: expect.any(String),
            legalForm: 'association',
            sector: 'circular_economy',
            stage: 'creation',
            commune: { code: commune.code, name: commune.name },
          },
        },
      });

      expect(await inboxIds(otherPartnerAgent)).toEqual(expect.arrayContaining([toOther.id]));
      expect(await inboxIds(otherPartnerAgent)).not.toContain(older.id);
    });

    it('shows the operator’s staff every orientation of the territory, and nobody those of another territory', async () => {
      const caseId = await takenCase();
      const toPartner = await proposed(caseId);
      const toOther = await proposed(caseId, otherOffer);

      for (const agent of [karimAgent, colleagueAgent, adminAgent]) {
        expect(await inboxIds(agent)).toEqual(expect.arrayContaining([toPartner.id, toOther.id]));
      }
      expect(await inboxIds(strangerAgent)).toEqual([]);
    });

    it('filters by status', async () => {
      const proposedOne = await proposed(await takenCase());
      const declinedOne = await proposed(await takenCase());
      await answer(leaAgent, declinedOne.id, 'decline', { version: 1, reason: 'Hors de notre champ' }).then(
        (response) => expect(response.status).toBe(200),
      );

      const declined = await inboxIds(leaAgent, '?status=declined');
      expect(declined).toContain(declinedOne.id);
      expect(declined).not.toContain(proposedOne.id);
      expect(await inboxIds(leaAgent, '?status=proposed')).not.toContain(declinedOne.id);
      expectInvalidFields(await leaAgent.get('/api/orientations?status=lost'), ['status']);
    });
  });

  describe('answering', () => {
    it('accept: the partner’s advisors then see the case and work it as one of its advisors', async () => {
      const caseId = await takenCase();
      const orientation = await proposed(caseId);
      expectError(await leaAgent.get(`/api/cases/${caseId}`), 404, 'not_found');

      const accepted = await answer(leaAgent, orientation.id, 'accept', { version: 1 });

      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        answeredBy: { id: lea.id, firstName: lea.firstName, lastName: lea.lastName },
        answeredAt: expect.any(String),
        completedAt: null,
        version: 2,
      });
      await leaAgent.get(`/api/cases/${caseId}`).expect(200);
      await leaColleagueAgent.get(`/api/cases/${caseId}`).expect(200);
      const moved = await move(leaColleagueAgent, caseId, 'accompaniment');
      expect(moved.status).toBe(200);
      expect(moved.body.stage).toBe('accompaniment');
      expect((await eventsOf(caseId, 'orientation_accepted')).map((event) => event.visibility)).toEqual([
        'shared',
      ]);
    });

    it('decline needs a reason, kept for the staff: the holder sees the step but not the reason', async () => {
      const caseId = await takenCase();
      const orientation = await proposed(caseId);

      expectInvalidFields(await answer(leaAgent, orientation.id, 'decline', { version: 1 }), ['reason']);
      expectInvalidFields(await answer(leaAgent, orientation.id, 'decline', { version: 1, reason: '   ' }), {
        reason: 'required',
      });
      expect((await orientationsOf(caseId))[0]).toMatchObject({ status: 'proposed', version: 1 });

      const declined = await answer(leaAgent, orientation.id, 'decline', {
        version: 1,
        reason: ' Le projet sort de notre territoire. ',
      });
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({
        status: 'declined',
        declineReason: 'Le projet sort de notre territoire.',
        answeredBy: { id: lea.id },
      });
      // Declining gives the partner no access to the case.
      expectError(await leaAgent.get(`/api/cases/${caseId}`), 404, 'not_found');

      const staffView = await karimAgent.get(`/api/cases/${caseId}`).expect(200);
      const staffEvent = staffView.body.events.find(
        (event: { kind: string }) => event.kind === 'orientation_declined',
      );
      expect(staffEvent.payload).toMatchObject({ reason: 'Le projet sort de notre territoire.' });
      const staffList = await karimAgent.get(`/api/cases/${caseId}/orientations`).expect(200);
      expect(staffList.body[0].declineReason).toBe('Le projet sort de notre territoire.');

      const holderView = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
      const holderEvents = holderView.body.events.filter((event: { kind: string }) =>
        event.kind.startsWith('orientation_'),
      );
      expect(holderEvents.map((event: { kind: string }) => event.kind)).toEqual([
        'orientation_proposed',
        'orientation_declined',
      ]);
      expect(holderEvents[1].payload).toEqual({
        orientationId: orientation.id,
        organisationName: 'Coop Accompagne',
        offerName: 'Incubation ESS',
      });
      const holderList = await holderAgent.get(`/api/cases/${caseId}/orientations`).expect(200);
      expect(holderList.body).toEqual([expect.objectContaining({ status: 'declined', declineReason: null })]);
    });

    it('complete: the accompaniment is over; the partner still sees the case but no longer works it', async () => {
      const caseId = await takenCase();
      const orientation = await proposed(caseId);
      await answer(leaAgent, orientation.id, 'accept', { version: 1 }).then((response) =>
        expect(response.status).toBe(200),
      );

      const completed = await answer(leaColleagueAgent, orientation.id, 'complete', { version: 2 });

      expect(completed.status).toBe(200);
      expect(completed.body).toMatchObject({
        status: 'completed',
        answeredBy: { id: lea.id },
        completedAt: expect.any(String),
        version: 3,
      });
      expect((await eventsOf(caseId, 'orientation_completed'))[0]).toMatchObject({
        visibility: 'shared',
        payload: {
          orientationId: orientation.id,
          organisationName: 'Coop Accompagne',
          offerName: 'Incubation ESS',
        },
      });
      await leaAgent.get(`/api/cases/${caseId}`).expect(200);
      expectError(await move(leaAgent, caseId, 'accompaniment'), 409, 'conflict');
    });

    it('refuses a move the state machine does not allow (409, saying why) and changes nothing', async () => {
      const orientation = await proposed(await takenCase());

      const early = await answer(leaAgent, orientation.id, 'complete', { version: 1 });
      expectError(early, 409, 'conflict');
      expect(early.body.message).toContain('proposed');

      await answer(leaAgent, orientation.id, 'decline', { version: 1, reason: 'Pas de place' }).then(
        (response) => expect(response.status).toBe(200),
      );
      const final = await answer(leaAgent, orientation.id, 'accept', { version: 2 });
      expectError(final, 409, 'conflict');
      expect(final.body.message).toContain('final');
      expect(
        await ctx.dataSource.getRepository(Orientation).findOneByOrFail({ id: orientation.id }),
      ).toMatchObject({
        status: 'declined',
        version: 2,
      });
    });

    it('refuses a stale version (409) and changes nothing', async () => {
      const caseId = await takenCase();
      const orientation = await proposed(caseId);
      await answer(leaAgent, orientation.id, 'accept', { version: 1 }).then((response) =>
        expect(response.status).toBe(200),
      );

      expectError(
        await answer(leaColleagueAgent, orientation.id, 'complete', { version: 1 }),
        409,
        'conflict',
      );
      expect(
        await ctx.dataSource.getRepository(Orientation).findOneByOrFail({ id: orientation.id }),
      ).toMatchObject({
        status: 'accepted',
        completedAt: null,
      });
      expect(await eventsOf(caseId, 'orientation_completed')).toEqual([]);
    });

    it('is the partner’s alone: anyone else gets a 404, the operator’s staff included', async () => {
      const orientation = await proposed(await takenCase());
      for (const agent of [otherPartnerAgent, karimAgent, adminAgent, strangerAgent]) {
        expectError(await answer(agent, orientation.id, 'accept', { version: 1 }), 404, 'not_found');
      }
      expect(
        await ctx.dataSource.getRepository(Orientation).findOneByOrFail({ id: orientation.id }),
      ).toMatchObject({
        status: 'proposed',
      });
    });

    it('answers 400 on a bad version, naming it', async () => {
      const orientation = await proposed(await takenCase());
      expectInvalidFields(await answer(leaAgent, orientation.id, 'accept', {}), ['version']);
      expectInvalidFields(await answer(leaAgent, orientation.id, 'accept', { version: 0 }), ['version']);
      expectInvalidFields(await answer(leaAgent, orientation.id, 'accept', { version: 1, reason: 'Oui' }), {
        reason: 'unknown_field',
      });
    });
  });

  describe('the case’s orientations', () => {
    it('lists them newest first for the holder and the staff who see the case; 404 for anyone else', async () => {
      const caseId = await takenCase();
      const first = await proposed(caseId);
      const second = await proposed(caseId, otherOffer);

      for (const agent of [holderAgent, karimAgent, colleagueAgent, adminAgent]) {
        const { body } = await agent.get(`/api/cases/${caseId}/orientations`).expect(200);
        expect(body.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
      }
      for (const agent of [
        leaAgent,
        strangerAgent,
        await ctx.loginAs('holder'),
        await ctx.loginAs('funder'),
      ]) {
        expectError(await agent.get(`/api/cases/${caseId}/orientations`), 404, 'not_found');
      }
      await answer(leaAgent, first.id, 'accept', { version: 1 }).then((response) =>
        expect(response.status).toBe(200),
      );
      await leaAgent.get(`/api/cases/${caseId}/orientations`).expect(200);
    });
  });
});

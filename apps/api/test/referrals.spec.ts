import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFile } from '../src/cases/case-file.entity';
import type { Offer } from '../src/directory/offer.entity';
import { Project } from '../src/projects/project.entity';
import { FundingCriterion } from '../src/referrals/funding-criterion.entity';
import { Referral } from '../src/referrals/referral.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { newFundingOffer } from './directory-factories';
import { samplePdf } from './fixtures/sample-files';
import { newCommune, newOffer, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

interface ReferralBody {
  id: string;
  version: number;
  status: string;
  caseId: string | null;
  message: string;
  snapshot: {
    reference: string;
    project: { name: string; summary: string };
    summary: string;
    holders: unknown[];
  };
  documents: {
    versionId: string;
    documentId: string;
    fileName: string;
    version: number;
    exchangeId: string | null;
  }[];
  reviews: { weightedScore: number; mine: boolean; version: number }[];
  weightedMean: number | null;
  actions: string[];
  [key: string]: unknown;
}

describe('referrals to funders', () => {
  const storageDir = mkdtempSync(join(tmpdir(), 'essaim-referrals-'));
  let ctx: TestContext;
  let commune: Commune;
  let fonds: Organisation;
  let banque: Organisation;
  let pret: Offer;
  let subvention: Offer;
  let criteria: FundingCriterion[];
  let holder: User;
  let holderAgent: Agent;
  let otherHolderAgent: Agent;
  let karim: User;
  let karimAgent: Agent;
  let colleagueAgent: Agent;
  let adminAgent: Agent;
  let fundAgent: Agent;
  let fundColleagueAgent: Agent;
  let bankAgent: Agent;
  let farFunderAgent: Agent;
  let farAdminAgent: Agent;
  let funderUser: User;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { STORAGE_DIR: storageDir } });
    const territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    fonds = await ctx.newOrganisation(territory, { name: 'Fonds Solidaire', kind: 'funder' });
    banque = await ctx.newOrganisation(territory, { name: 'Banque Éthique', kind: 'funder' });
    pret = await newFundingOffer(ctx, fonds, { instrument: 'honour_loan', name: 'Prêt d’honneur' });
    subvention = await newFundingOffer(ctx, banque, { instrument: 'grant', name: 'Subvention amorçage' });
    criteria = await ctx.dataSource.getRepository(FundingCriterion).save([
      { offerId: pret.id, label: 'Utilité sociale', weight: 3, scale: 5, position: 0 },
      { offerId: pret.id, label: 'Modèle économique', weight: 1, scale: 10, position: 1 },
    ]);
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);

    holder = await ctx.newUser({ territoryId: territory.id, firstName: 'Inès', lastName: 'Morel' });
    holderAgent = await ctx.loginAs(holder);
    otherHolderAgent = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
    karim = await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id });
    karimAgent = await ctx.loginAs(karim);
    colleagueAgent = await ctx.loginAs(
      await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id }),
    );
    adminAgent = await ctx.loginAs(await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }));
    const funderOf = (organisation: Organisation) =>
      ctx.newUser({ role: 'funder', territoryId: organisation.territoryId, organisationId: organisation.id });
    funderUser = await funderOf(fonds);
    fundAgent = await ctx.loginAs(funderUser);
    fundColleagueAgent = await ctx.loginAs(await funderOf(fonds));
    bankAgent = await ctx.loginAs(await funderOf(banque));

    // Another territory, whose funder has the same role and its own organisation.
    const far = await ctx.newTerritory();
    farFunderAgent = await ctx.loginAs(await funderOf(await ctx.newOrganisation(far, { kind: 'funder' })));
    farAdminAgent = await ctx.loginAs(await ctx.newUser({ role: 'territory_admin', territoryId: far.id }));
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  /** A submitted case moved straight to the funding stage, Karim its lead advisor. */
  async function fundingCase(stage: CaseFile['stage'] = 'funding'): Promise<string> {
    const caseId = await submittedCase(ctx, holder, holderAgent, commune);
    await ctx.dataSource.getRepository(CaseFile).update(caseId, { stage, leadAdvisorId: karim.id });
    return caseId;
  }

  const caseVersion = async (caseId: string): Promise<number> =>
    (await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId })).version;

  async function upload(caseId: string, text: string, documentId?: string): Promise<string> {
    const request = karimAgent.post(`/api/cases/${caseId}/documents`).field('category', 'business_plan');
    if (documentId) request.field('documentId', documentId);
    const response = await request.attach('file', samplePdf(text), { filename: `${text}.pdf` });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function send(caseId: string, body: Record<string, unknown> = {}, agent: Agent = karimAgent) {
    return agent.post(`/api/cases/${caseId}/referrals`).send({
      version: await caseVersion(caseId),
      referrals: [{ offerId: pret.id, askedCents: 1_000_000, askedInstrument: 'honour_loan' }],
      message: 'Projet solide, équipe motivée.',
      summary: 'Synthèse pour le financeur.',
      documentIds: [],
      ...body,
    });
  }

  /** A referral of a new funding case to the Fonds Solidaire's loan. */
  async function sent(
    caseId?: string,
    body: Record<string, unknown> = {},
  ): Promise<ReferralBody & { caseId: string }> {
    const id = caseId ?? (await fundingCase());
    const response = await send(id, body);
    expect(response.status).toBe(201);
    return { ...(response.body as ReferralBody[])[0], caseId: id };
  }

  const step = (agent: Agent, referral: { id: string; version: number }, name: string, body = {}) =>
    agent.post(`/api/referrals/${referral.id}/${name}`).send({ version: referral.version, ...body });

  async function stepOk(agent: Agent, referral: { id: string; version: number }, name: string, body = {}) {
    const response = await step(agent, referral, name, body);
    expect([200, 201]).toContain(response.status);
    return response.body as ReferralBody;
  }

  /** The download, its body kept as bytes (an error stays JSON). */
  function download(agent: Agent, referralId: string, versionId: string): Promise<Response> {
    return agent
      .get(`/api/referrals/${referralId}/documents/${versionId}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const json = String(response.headers['content-type']).startsWith('application/json');
          callback(null, json ? JSON.parse(bytes.toString('utf8')) : bytes);
        });
      });
  }

  const countReferrals = () => ctx.dataSource.getRepository(Referral).count();
  const eventsOf = (caseId: string) =>
    ctx.dataSource.getRepository(CaseEvent).find({ where: { caseId }, order: { createdAt: 'ASC' } });

  describe('sending', () => {
    it('offers the territory’s published funding offers and the case’s documents at their current version', async () => {
      const caseId = await fundingCase();
      await newOffer(ctx, fonds, { name: 'Accompagnement, pas un financement' });
      await newFundingOffer(ctx, fonds, { instrument: 'grant', name: 'Retiré', published: false });
      const documentId = await upload(caseId, 'plan-v1');
      await upload(caseId, 'plan-v2', documentId);

      const { body } = await karimAgent.get(`/api/cases/${caseId}/referral-options`).expect(200);

      expect(body.offers.map((offer: { name: string }) => offer.name).sort()).toEqual(
        ['Prêt d’honneur', 'Subvention amorçage'].sort(),
      );
      expect(body.offers.find((offer: { id: string }) => offer.id === pret.id)).toEqual({
        id: pret.id,
        name: 'Prêt d’honneur',
        instrument: 'honour_loan',
        amountMinCents: 100_000,
        amountMaxCents: 1_000_000,
        organisation: { id: fonds.id, name: 'Fonds Solidaire' },
      });
      expect(body.documents).toEqual([
        expect.objectContaining({
          id: documentId,
          version: 2,
          fileName: 'plan-v2.pdf',
          category: 'business_plan',
        }),
      ]);
    });

    it('sends one referral per offer with a snapshot and the documents’ current versions, in one step with its events', async () => {
      const caseId = await fundingCase();
      const documentId = await upload(caseId, 'budget');
      const before = await caseVersion(caseId);

      const response = await send(caseId, {
        referrals: [
          { offerId: pret.id, askedCents: 1_000_000, askedInstrument: 'honour_loan' },
          { offerId: subvention.id, askedCents: 500_000, askedInstrument: 'grant' },
        ],
        documentIds: [documentId],
      });

      expect(response.status).toBe(201);
      const [toFonds, toBanque] = response.body as ReferralBody[];
      expect(toFonds).toMatchObject({
        status: 'sent',
        caseId,
        organisation: { id: fonds.id, name: 'Fonds Solidaire' },
        askedCents: 1_000_000,
        message: 'Projet solide, équipe motivée.',
        sentBy: { id: karim.id, firstName: karim.firstName, lastName: karim.lastName },
        actions: ['withdraw'],
        reviews: [],
        weightedMean: null,
        remainingCents: null,
      });
      expect(toFonds.snapshot).toMatchObject({
        project: { commune: { code: commune.code, name: commune.name } },
        holders: [{ firstName: 'Inès', lastName: 'Morel' }],
        summary: 'Synthèse pour le financeur.',
      });
      expect(toFonds.snapshot.reference).toMatch(/\d{4}-\d+/);
      expect(toFonds.documents).toEqual([
        expect.objectContaining({ documentId, version: 1, fileName: 'budget.pdf', exchangeId: null }),
      ]);
      expect(toBanque).toMatchObject({ organisation: { id: banque.id }, askedCents: 500_000 });
      expect(await caseVersion(caseId)).toBe(before + 1);
      const events = (await eventsOf(caseId)).filter((event) => event.kind === 'referral_sent');
      expect(events.map((event) => [event.visibility, event.payload])).toEqual([
        [
          'shared',
          {
            referralId: toFonds.id,
            organisationName: 'Fonds Solidaire',
            offerName: 'Prêt d’honneur',
            askedCents: 1_000_000,
          },
        ],
        [
          'shared',
          {
            referralId: toBanque.id,
            organisationName: 'Banque Éthique',
            offerName: 'Subvention amorçage',
            askedCents: 500_000,
          },
        ],
      ]);
    });

    it('keeps what was sent: later edits of the project and new document versions do not change the funder’s view', async () => {
      const caseId = await fundingCase();
      const documentId = await upload(caseId, 'statuts-v1');
      const referral = await sent(caseId, { documentIds: [documentId] });
      const before = (await fundAgent.get(`/api/referrals/${referral.id}`).expect(200)).body as ReferralBody;

      const { projectId } = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId });
      await ctx.dataSource
        .getRepository(Project)
        .update(projectId, { name: 'Nom changé', summary: 'Tout autre chose' });
      await upload(caseId, 'statuts-v2', documentId);

      const after = (await fundAgent.get(`/api/referrals/${referral.id}`).expect(200)).body as ReferralBody;
      expect(after.snapshot).toEqual(before.snapshot);
      expect(after.documents).toEqual(before.documents);
      expect(after.snapshot.project.name).not.toBe('Nom changé');

      const file = await download(fundAgent, referral.id, before.documents[0].versionId);
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toContain('statuts-v1.pdf');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect((file.body as Buffer).equals(samplePdf('statuts-v1'))).toBe(true);

      // The new version was never sent: it is no document of this referral.
      const { body: options } = await karimAgent.get(`/api/cases/${caseId}/referral-options`).expect(200);
      const newVersion = options.documents[0].versionId as string;
      expectError(await download(fundAgent, referral.id, newVersion), 404, 'not_found');
    });

    it('refuses a case not at the funding stage (409), and a stale case version (409), saving nothing', async () => {
      const notYet = await fundingCase('orientation');
      const count = await countReferrals();
      const early = await send(notYet);
      expectError(early, 409, 'conflict');
      expect(early.body.message).toMatch(/funding/);

      const caseId = await fundingCase();
      const stale = await karimAgent.post(`/api/cases/${caseId}/referrals`).send({
        version: (await caseVersion(caseId)) - 1 || 99,
        referrals: [{ offerId: pret.id, askedCents: 1_000, askedInstrument: 'honour_loan' }],
        message: 'Bonjour',
      });
      expectError(stale, 409, 'conflict');
      expect(await countReferrals()).toBe(count);
    });

    it('moves the case to funding as it sends, when asked and when the workflow allows it', async () => {
      const caseId = await fundingCase('accompaniment');
      const moved = await send(caseId, { moveToFunding: true });
      expect(moved.status).toBe(201);
      const caseFile = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId });
      expect(caseFile.stage).toBe('funding');
      const events = await eventsOf(caseId);
      expect(events.find((event) => event.kind === 'stage_changed')?.payload).toMatchObject({
        from: 'accompaniment',
        to: 'funding',
      });
      expect(events.filter((event) => event.kind === 'referral_sent')).toHaveLength(1);

      // A submitted case must be taken first: the workflow refuses the move, and nothing is sent.
      const submitted = await fundingCase('submitted');
      const count = await countReferrals();
      expectError(await send(submitted, { moveToFunding: true }), 409, 'conflict');
      expect(await countReferrals()).toBe(count);
      expect((await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: submitted })).stage).toBe(
        'submitted',
      );
    });

    it('names each field of bad input (400) and saves nothing', async () => {
      const caseId = await fundingCase();
      const otherCase = await fundingCase();
      const foreignDocument = await upload(otherCase, 'autre');
      const count = await countReferrals();
      const version = await caseVersion(caseId);

      expectInvalidFields(
        await send(caseId, {
          referrals: [{ offerId: 'x', askedCents: 10.5, askedInstrument: 'gift' }],
          message: '   ',
          documentIds: ['nope'],
        }),
        [
          'referrals.0.offerId',
          'referrals.0.askedCents',
          'referrals.0.askedInstrument',
          'message',
          'documentIds',
        ],
      );
      expectInvalidFields(await send(caseId, { referrals: [] }), ['referrals']);
      expectInvalidFields(
        await send(caseId, { referrals: [{ offerId: pret.id, askedCents: 0, askedInstrument: 'grant' }] }),
        ['referrals.0.askedCents'],
      );
      expectInvalidFields(
        await send(caseId, {
          referrals: [
            { offerId: pret.id, askedCents: 100, askedInstrument: 'grant' },
            { offerId: pret.id, askedCents: 200, askedInstrument: 'grant' },
          ],
        }),
        { 'referrals.1.offerId': 'duplicate' },
      );
      const accompaniment = await newOffer(ctx, fonds);
      expectInvalidFields(
        await send(caseId, {
          referrals: [{ offerId: accompaniment.id, askedCents: 100, askedInstrument: 'grant' }],
        }),
        { 'referrals.0.offerId': 'not_funding' },
      );
      expectInvalidFields(await send(caseId, { documentIds: [foreignDocument] }), {
        documentIds: 'not_found',
      });

      expect(await countReferrals()).toBe(count);
      expect(await caseVersion(caseId)).toBe(version);
    });

    it('lets only the case’s advisors send (403 for a colleague who only sees the case)', async () => {
      const caseId = await fundingCase();
      const count = await countReferrals();
      expectError(await send(caseId, {}, colleagueAgent), 403, 'forbidden');
      expect(await countReferrals()).toBe(count);
    });
  });

  describe('who sees what', () => {
    it('shows a funder only their organisation’s referrals: 404 elsewhere on reads, steps and documents', async () => {
      const caseId = await fundingCase();
      const documentId = await upload(caseId, 'rib');
      const referral = await sent(caseId, { documentIds: [documentId] });
      const versionId = referral.documents[0].versionId;

      for (const agent of [bankAgent, farFunderAgent]) {
        expectError(await agent.get(`/api/referrals/${referral.id}`), 404, 'not_found');
        expectError(await step(agent, referral, 'open'), 404, 'not_found');
        expectError(await step(agent, referral, 'questions', { question: 'Q ?' }), 404, 'not_found');
        expectError(
          await step(agent, referral, 'decision', { decision: 'declined', reason: 'Non' }),
          404,
          'not_found',
        );
        expectError(await download(agent, referral.id, versionId), 404, 'not_found');
        const inbox = await agent.get('/api/referrals').expect(200);
        expect(inbox.body.items.map((item: { id: string }) => item.id)).not.toContain(referral.id);
      }
      const mine = await fundAgent.get('/api/referrals?pageSize=100').expect(200);
      expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(referral.id);
      const funderView = (await fundAgent.get(`/api/referrals/${referral.id}`).expect(200))
        .body as ReferralBody;
      expect(funderView.caseId).toBeNull();
      expect(funderView.actions).toEqual(['open', 'approve', 'decline']);
      // The live case stays out of the funder's reach.
      expectError(await fundAgent.get(`/api/cases/${caseId}`), 404, 'not_found');
    });

    it('shows the case’s staff every referral of the case and the holder the funding without reviews or summary', async () => {
      const caseId = await fundingCase();
      const referral = await sent(caseId);
      const opened = await stepOk(fundAgent, referral, 'open');
      await fundAgent
        .put(`/api/referrals/${referral.id}/reviews/mine`)
        .send({ scores: { [criteria[0].id]: 5, [criteria[1].id]: 10 }, comment: 'Très bien' })
        .expect(200);
      const asked = await stepOk(fundAgent, opened, 'questions', { question: 'Quel est votre budget ?' });

      const staff = (await colleagueAgent.get(`/api/referrals/${referral.id}`).expect(200))
        .body as ReferralBody;
      expect(staff).toMatchObject({ caseId, message: 'Projet solide, équipe motivée.', actions: [] });
      expect(staff.reviews).toHaveLength(1);
      expect(staff.snapshot.summary).toBe('Synthèse pour le financeur.');

      const { body: funding } = await holderAgent.get(`/api/cases/${caseId}/referrals`).expect(200);
      expect(funding.referrals).toHaveLength(1);
      expect(funding.referrals[0]).toMatchObject({
        id: referral.id,
        status: 'info_requested',
        actions: ['answer'],
        openQuestion: { kind: 'question', body: 'Quel est votre budget ?' },
      });
      expect(Object.keys(funding.referrals[0])).not.toEqual(expect.arrayContaining(['reviews']));
      expect(Object.keys(funding.referrals[0])).not.toEqual(expect.arrayContaining(['message']));
      expectError(await holderAgent.get(`/api/referrals/${referral.id}`), 404, 'not_found');

      // Answering, the holder gets the referral without reviews, message or summary.
      const answered = await holderAgent
        .post(`/api/referrals/${referral.id}/answers`)
        .field('version', String(asked.version))
        .field('body', 'Environ 40 000 €.');
      expect(answered.status).toBe(201);
      expect(answered.body).toMatchObject({
        status: 'in_review',
        message: '',
        reviews: [],
        weightedMean: null,
      });
      expect(answered.body.snapshot.summary).toBe('');

      expectError(await otherHolderAgent.get(`/api/cases/${caseId}/referrals`), 404, 'not_found');
      expectError(
        await download(otherHolderAgent, referral.id, '00000000-0000-4000-8000-000000000000'),
        404,
        'not_found',
      );
    });

    it('writes an audit entry for each read of a referral by a funder', async () => {
      const caseId = await fundingCase();
      const documentId = await upload(caseId, 'audit');
      const referral = await sent(caseId, { documentIds: [documentId] });
      const audits = () =>
        ctx.dataSource
          .getRepository(AuditEntry)
          .findBy({ recordType: 'referral', recordId: referral.id, actorId: funderUser.id });
      expect(await audits()).toHaveLength(0);

      await fundAgent.get(`/api/referrals/${referral.id}`).expect(200);
      expect((await download(fundAgent, referral.id, referral.documents[0].versionId)).status).toBe(200);

      const entries = await audits();
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({ action: 'read', actorRole: 'funder' });
    });
  });

  describe('the steps', () => {
    it('takes a referral through every step, with the case events at the right visibility', async () => {
      const caseId = await fundingCase();
      const referral = await sent(caseId);

      expectError(await step(fundAgent, referral, 'questions', { question: 'Trop tôt ?' }), 409, 'conflict');
      const opened = await stepOk(fundAgent, referral, 'open');
      expect(opened).toMatchObject({ status: 'in_review', actions: ['request_info', 'approve', 'decline'] });
      expectError(await step(fundAgent, opened, 'open'), 409, 'conflict');

      const asked = await stepOk(fundAgent, opened, 'questions', {
        question: 'Pouvez-vous joindre le bilan ?',
      });
      expect(asked.status).toBe('info_requested');
      expectError(
        await step(fundAgent, asked, 'decision', { decision: 'approved', grantedCents: 100 }),
        409,
        'conflict',
      );

      // A funder's answer is not theirs to give.
      const notYours = await fundAgent
        .post(`/api/referrals/${referral.id}/answers`)
        .field('version', String(asked.version))
        .field('body', 'Moi ?');
      expectError(notYours, 403, 'forbidden');

      const answered = await karimAgent
        .post(`/api/referrals/${referral.id}/answers`)
        .field('version', String(asked.version))
        .field('body', 'Voici le bilan.')
        .attach('files', samplePdf('bilan'), { filename: 'bilan.pdf' });
      expect(answered.status).toBe(201);
      const afterAnswer = answered.body as ReferralBody;
      expect(afterAnswer.status).toBe('in_review');
      const answerExchange = (
        afterAnswer['exchanges'] as { id: string; kind: string; documents: unknown[] }[]
      ).at(-1)!;
      expect(answerExchange).toMatchObject({
        kind: 'answer',
        documents: [expect.objectContaining({ fileName: 'bilan.pdf' })],
      });
      const attached = afterAnswer.documents.find((document) => document.exchangeId === answerExchange.id)!;
      const file = await download(fundAgent, referral.id, attached.versionId);
      expect((file.body as Buffer).equals(samplePdf('bilan'))).toBe(true);

      const decided = await stepOk(fundAgent, afterAnswer, 'decision', {
        decision: 'approved',
        grantedCents: 800_000,
        conditions: 'Remboursable sur 5 ans',
      });
      expect(decided).toMatchObject({
        status: 'approved',
        grantedCents: 800_000,
        grantedInstrument: 'honour_loan',
        conditions: 'Remboursable sur 5 ans',
        remainingCents: 800_000,
        actions: [],
      });
      expectError(
        await step(fundAgent, decided, 'decision', { decision: 'declined', reason: 'Finalement non' }),
        409,
        'conflict',
      );
      expectError(await step(karimAgent, decided, 'withdraw'), 409, 'conflict');

      const paid = await stepOk(fundAgent, decided, 'disbursements', {
        amountCents: 300_000,
        paidOn: '2026-01-15',
      });
      expect(paid).toMatchObject({ paidCents: 300_000, remainingCents: 500_000 });

      const kinds = (await eventsOf(caseId)).filter((event) => event.kind.startsWith('referral_'));
      expect(kinds.map((event) => [event.kind, event.visibility])).toEqual([
        ['referral_sent', 'shared'],
        ['referral_opened', 'internal'],
        ['referral_info_requested', 'shared'],
        ['referral_answered', 'shared'],
        ['referral_decided', 'shared'],
        ['referral_payment_recorded', 'shared'],
      ]);
      expect(kinds[4].payload).toEqual({
        referralId: referral.id,
        organisationName: 'Fonds Solidaire',
        decision: 'approved',
        grantedCents: 800_000,
      });
      const { body: holderCase } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
      const seen = (holderCase.events as { kind: string }[])
        .map((event) => event.kind)
        .filter((kind) => kind.startsWith('referral_'));
      expect(seen).toEqual([
        'referral_sent',
        'referral_info_requested',
        'referral_answered',
        'referral_decided',
        'referral_payment_recorded',
      ]);

      // Each step that went through is an audit entry naming it, whoever took it; refused ones are not.
      const steps = await ctx.dataSource
        .getRepository(AuditEntry)
        .find({ where: { recordType: 'referral', recordId: referral.id }, order: { createdAt: 'ASC' } });
      expect(
        steps.filter((entry) => entry.action !== 'read').map((entry) => [entry.action, entry.actorRole]),
      ).toEqual([
        ['referral_open', 'funder'],
        ['referral_question', 'funder'],
        ['referral_answer', 'advisor'],
        ['referral_decision', 'funder'],
        ['referral_payment', 'funder'],
      ]);
      const sending = await ctx.dataSource
        .getRepository(AuditEntry)
        .findBy({ recordType: 'case', recordId: caseId, action: 'referrals_sent' });
      expect(sending).toHaveLength(1);
    });

    it('needs a question to ask and a reason to decline (400), and refuses a stale version (409)', async () => {
      const referral = await sent();
      const opened = await stepOk(fundAgent, referral, 'open');
      expectInvalidFields(await step(fundAgent, opened, 'questions', { question: '  ' }), ['question']);
      expectInvalidFields(await step(fundAgent, opened, 'decision', { decision: 'declined' }), {
        reason: 'required',
      });
      expectError(
        await step(fundAgent, referral, 'decision', { decision: 'declined', reason: 'Non' }),
        409,
        'conflict',
      );
      const declined = await stepOk(fundAgent, opened, 'decision', {
        decision: 'declined',
        reason: 'Hors critères',
      });
      expect(declined).toMatchObject({
        status: 'declined',
        declineReason: 'Hors critères',
        grantedCents: null,
      });
      const { body: funding } = await holderAgent.get(`/api/cases/${referral.caseId}/referrals`).expect(200);
      expect(funding.referrals[0].declineReason).toBe('Hors critères');
    });

    it('applies the amount rules and keeps the totals', async () => {
      const caseId = await fundingCase();
      const [toFonds, toBanque] = (
        await send(caseId, {
          referrals: [
            { offerId: pret.id, askedCents: 1_000_000, askedInstrument: 'honour_loan' },
            { offerId: subvention.id, askedCents: 400_000, askedInstrument: 'grant' },
          ],
        })
      ).body as ReferralBody[];

      expectInvalidFields(
        await step(fundAgent, toFonds, 'decision', { decision: 'approved', grantedCents: 10.5 }),
        ['grantedCents'],
      );
      expectInvalidFields(
        await step(fundAgent, toFonds, 'decision', { decision: 'approved', grantedCents: -1 }),
        ['grantedCents'],
      );
      expectInvalidFields(
        await step(fundAgent, toFonds, 'decision', { decision: 'approved', grantedCents: 0 }),
        {
          grantedCents: 'amount_invalid',
        },
      );
      expectInvalidFields(
        await step(fundAgent, toFonds, 'decision', { decision: 'approved', grantedCents: 1_200_000 }),
        ['confirmAboveAsked'],
      );
      expect((await ctx.dataSource.getRepository(Referral).findOneByOrFail({ id: toFonds.id })).status).toBe(
        'sent',
      );
      const approved = await stepOk(fundAgent, toFonds, 'decision', {
        decision: 'approved',
        grantedCents: 1_200_000,
        confirmAboveAsked: true,
      });
      expect(approved.grantedCents).toBe(1_200_000);

      expectInvalidFields(
        await step(fundAgent, approved, 'disbursements', { amountCents: 1.5, paidOn: '2026-01-01' }),
        ['amountCents'],
      );
      expectInvalidFields(
        await step(fundAgent, approved, 'disbursements', { amountCents: 100, paidOn: '2999-01-01' }),
        {
          paidOn: 'future',
        },
      );
      expectError(
        await step(fundAgent, approved, 'disbursements', { amountCents: 1_200_001, paidOn: '2026-01-01' }),
        409,
        'conflict',
      );
      expectError(
        await step(bankAgent, toBanque, 'disbursements', { amountCents: 100, paidOn: '2026-01-01' }),
        409,
        'conflict',
      );
      await stepOk(fundAgent, approved, 'disbursements', { amountCents: 200_000, paidOn: '2026-01-01' });

      const { body: funding } = await karimAgent.get(`/api/cases/${caseId}/referrals`).expect(200);
      expect(funding.totals).toEqual({
        askedCents: 1_400_000,
        grantedCents: 1_200_000,
        paidCents: 200_000,
        pendingAskedCents: 400_000,
      });
    });

    it('lets the case’s advisors withdraw: no step after, and out of the totals', async () => {
      const caseId = await fundingCase();
      const referral = await sent(caseId);
      expectError(await step(colleagueAgent, referral, 'withdraw'), 403, 'forbidden');
      const withdrawn = await stepOk(karimAgent, referral, 'withdraw', {
        reason: 'Le projet a trouvé ailleurs',
      });
      expect(withdrawn).toMatchObject({ status: 'withdrawn', actions: [] });

      expectError(await step(fundAgent, withdrawn, 'open'), 409, 'conflict');
      expectError(
        await step(fundAgent, withdrawn, 'decision', { decision: 'approved', grantedCents: 100 }),
        409,
        'conflict',
      );
      const { body: funding } = await holderAgent.get(`/api/cases/${caseId}/referrals`).expect(200);
      expect(funding.totals).toEqual({ askedCents: 0, grantedCents: 0, paidCents: 0, pendingAskedCents: 0 });
      const [event] = (await eventsOf(caseId)).filter((row) => row.kind === 'referral_withdrawn');
      expect(event.visibility).toBe('shared');
      const { body: holderCase } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
      const shown = (holderCase.events as { kind: string; payload: Record<string, unknown> }[]).find(
        (row) => row.kind === 'referral_withdrawn',
      )!;
      expect(shown.payload['reason']).toBeUndefined();
    });
  });

  describe('reviews', () => {
    it('scores every criterion, and takes the mean of two reviewers’ weighted scores', async () => {
      const referral = await sent();
      const review = (agent: Agent, body: Record<string, unknown>) =>
        agent.put(`/api/referrals/${referral.id}/reviews/mine`).send(body);

      expectError(
        await review(fundAgent, { scores: { [criteria[0].id]: 1, [criteria[1].id]: 1 }, comment: '' }),
        409,
        'conflict',
      );
      await stepOk(fundAgent, referral, 'open');
      expectInvalidFields(await review(fundAgent, { scores: { [criteria[0].id]: 6 }, comment: '' }), [
        `scores.${criteria[0].id}`,
      ]);
      expectInvalidFields(await review(fundAgent, { scores: { [criteria[0].id]: 1 }, comment: '' }), {
        [`scores.${criteria[1].id}`]: 'required',
      });

      // 3/5 × 3 + 5/10 × 1 = 2.3 of 4 → 57.5 ; 5/5 × 3 + 10/10 × 1 → 100.
      const first = await review(fundAgent, {
        scores: { [criteria[0].id]: 3, [criteria[1].id]: 5 },
        comment: 'Bien',
      });
      expect(first.status).toBe(200);
      const second = await review(fundColleagueAgent, {
        scores: { [criteria[0].id]: 5, [criteria[1].id]: 10 },
        comment: 'Excellent',
      });
      const body = second.body as ReferralBody;
      expect(body.reviews.map((row) => [row.weightedScore, row.mine])).toEqual([
        [57.5, false],
        [100, true],
      ]);
      expect(body.weightedMean).toBe(78.8);

      const mine = (first.body as ReferralBody).reviews.find((row) => row.mine)!;
      expectError(
        await review(fundAgent, {
          version: mine.version + 5,
          scores: { [criteria[0].id]: 1, [criteria[1].id]: 1 },
          comment: '',
        }),
        409,
        'conflict',
      );
      const edited = await review(fundAgent, {
        version: mine.version,
        scores: { [criteria[0].id]: 5, [criteria[1].id]: 10 },
        comment: 'Revu',
      });
      expect(edited.status).toBe(200);
      expect((edited.body as ReferralBody).weightedMean).toBe(100);
    });
  });

  describe('the inbox', () => {
    it('filters by status, searches the reference and project name without accents, sorts and pages', async () => {
      const caseId = await fundingCase();
      const { projectId } = await ctx.dataSource.getRepository(CaseFile).findOneByOrFail({ id: caseId });
      await ctx.dataSource.getRepository(Project).update(projectId, { name: 'Épicerie Éphémère du Lac' });
      const referral = await sent(caseId);
      const { reference } = referral.snapshot;

      const search = async (query: string) =>
        ((await fundAgent.get(`/api/referrals?${query}`).expect(200)).body.items as { id: string }[]).map(
          (item) => item.id,
        );
      expect(await search('q=epicerie%20EPHEMERE')).toEqual([referral.id]);
      expect(await search(`q=${encodeURIComponent(reference)}`)).toEqual([referral.id]);
      expect(await search('q=epicerie&status=approved')).toEqual([]);
      expect(await search('q=epicerie&status=sent&status=in_review')).toEqual([referral.id]);
      expectInvalidFields(await fundAgent.get('/api/referrals?status=lost'), ['status']);

      const { body: item } = await fundAgent.get('/api/referrals?q=epicerie').expect(200);
      expect(item.items[0]).toMatchObject({
        reference,
        projectName: 'Épicerie Éphémère du Lac',
        offer: { id: pret.id, name: 'Prêt d’honneur' },
        status: 'sent',
        ageDays: 0,
      });

      const all = await fundAgent.get('/api/referrals?pageSize=100').expect(200);
      const dates = (all.body.items as { createdAt: string }[]).map((row) => row.createdAt);
      expect(dates).toEqual([...dates].sort());
      const newest = await fundAgent.get('/api/referrals?order=desc&pageSize=1&page=1').expect(200);
      expect(newest.body).toMatchObject({ total: all.body.total, page: 1, pageSize: 1 });
      expect(newest.body.items[0].id).toBe(all.body.items.at(-1).id);

      const { body: counts } = await fundAgent.get('/api/referrals/counts').expect(200);
      const statuses = (all.body.items as { status: string }[]).map((row) => row.status);
      expect(counts.sent).toBe(statuses.filter((status) => status === 'sent').length);
      expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBe(all.body.total);
    });
  });

  describe('the offer’s grid', () => {
    it('lets the territory’s admins read and replace a funding offer’s criteria; others get a 404', async () => {
      const offer = await newFundingOffer(ctx, banque, { instrument: 'grant', name: 'Grille' });
      const { body: empty } = await adminAgent.get(`/api/admin/offers/${offer.id}/criteria`).expect(200);
      expect(empty).toEqual([]);
      const { body: saved } = await adminAgent
        .put(`/api/admin/offers/${offer.id}/criteria`)
        .send({
          criteria: [
            { label: 'Impact', weight: 3, scale: 5 },
            { label: 'Équipe', weight: 1, scale: 10 },
          ],
        })
        .expect(200);
      expect(saved.map((row: { label: string; position: number }) => [row.label, row.position])).toEqual([
        ['Impact', 0],
        ['Équipe', 1],
      ]);
      expectInvalidFields(
        await adminAgent
          .put(`/api/admin/offers/${offer.id}/criteria`)
          .send({ criteria: [{ label: '', weight: 11, scale: 1 }] }),
        ['criteria.0.label', 'criteria.0.weight', 'criteria.0.scale'],
      );
      expect(await ctx.dataSource.getRepository(FundingCriterion).countBy({ offerId: offer.id })).toBe(2);

      const accompaniment = await newOffer(ctx, banque);
      expectError(await adminAgent.get(`/api/admin/offers/${accompaniment.id}/criteria`), 404, 'not_found');
      expectError(await farAdminAgent.get(`/api/admin/offers/${offer.id}/criteria`), 404, 'not_found');
    });
  });
});

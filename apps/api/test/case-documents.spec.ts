import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { CaseDocument, CaseDocumentVersion } from '../src/cases/case-document.entity';
import { CaseEvent } from '../src/cases/case-event.entity';
import { CaseFollower } from '../src/cases/case-follower.entity';
import { Territory } from '../src/territories/territory.entity';
import type { Commune } from '../src/territories/commune.entity';
import type { User } from '../src/users/user.entity';
import { samplePdf, samplePng, windowsProgram } from './fixtures/sample-files';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

const MAX_BYTES = 64 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('documents of a case', () => {
  const storageDir = mkdtempSync(join(tmpdir(), 'essaim-documents-'));
  let ctx: TestContext;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let advisor: User;
  let advisorAgent: Agent;
  let partnerAdvisor: User;
  let partnerAgent: Agent;
  let otherHolderAgent: Agent;
  let otherCaseId: string;

  beforeAll(async () => {
    ctx = await createTestContext({
      env: { STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) },
    });
    const territory = await ctx.newTerritory();
    const operator = await ctx.newOrganisation(territory, { name: 'CRESS' });
    const partner = await ctx.newOrganisation(territory, { name: 'Coop partenaire' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id, firstName: 'Inès', lastName: 'Morel' });
    holderAgent = await ctx.loginAs(holder);
    advisor = await ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: operator.id });
    advisorAgent = await ctx.loginAs(advisor);
    partnerAdvisor = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      organisationId: partner.id,
    });
    partnerAgent = await ctx.loginAs(partnerAdvisor);
    const otherHolder = await ctx.newUser({ territoryId: territory.id });
    otherHolderAgent = await ctx.loginAs(otherHolder);
    otherCaseId = await submittedCase(ctx, otherHolder, otherHolderAgent, commune);
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const openCase = () => submittedCase(ctx, holder, holderAgent, commune);

  function upload(
    agent: Agent,
    caseId: string,
    file: { bytes: Buffer; name: string } | null,
    fields: Record<string, string> = { category: 'statutes' },
  ) {
    const request = agent.post(`/api/cases/${caseId}/documents`);
    for (const [name, value] of Object.entries(fields)) request.field(name, value);
    return file ? request.attach('file', file.bytes, { filename: file.name }) : request;
  }

  /** The download, its body kept as bytes whatever its type (an error stays JSON). */
  function download(agent: Agent, documentId: string, query = ''): Promise<Response> {
    return agent
      .get(`/api/documents/${documentId}/download${query}`)
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

  /** Every file the storage holds, at any depth. */
  const storedFiles = () =>
    readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .length;

  /** What an upload may leave behind: files, document rows, versions, events. */
  async function footprint(caseId: string) {
    return {
      files: storedFiles(),
      documents: await ctx.dataSource.getRepository(CaseDocument).countBy({ caseId }),
      versions: await ctx.dataSource.getRepository(CaseDocumentVersion).count(),
      events: await ctx.dataSource.getRepository(CaseEvent).countBy({ caseId, kind: 'document_uploaded' }),
    };
  }

  it('takes a PDF from the holder, lists it for both sides and gives back the same bytes', async () => {
    const caseId = await openCase();
    const pdf = samplePdf('statuts');
    const filesBefore = storedFiles();

    const created = await upload(holderAgent, caseId, { bytes: pdf, name: 'Statuts signés.pdf' });

    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      category: 'statutes',
      messageId: null,
      createdAt: expect.any(String),
      currentVersion: 1,
      versions: [
        {
          version: 1,
          fileName: 'Statuts signés.pdf',
          contentType: 'application/pdf',
          sizeBytes: pdf.length,
          sha256: sha256(pdf),
          uploadedBy: { id: holder.id, firstName: 'Inès', lastName: 'Morel' },
          createdAt: expect.any(String),
        },
      ],
    });
    expect(storedFiles()).toBe(filesBefore + 1);
    const documentId = created.body.id as string;
    for (const agent of [holderAgent, advisorAgent]) {
      const listed = await agent.get(`/api/cases/${caseId}/documents`).expect(200);
      expect(listed.body).toEqual([created.body]);
    }

    const downloaded = await download(advisorAgent, documentId);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['content-disposition']).toBe(
      `attachment; filename="Statuts sign_s.pdf"; filename*=UTF-8''Statuts%20sign%C3%A9s.pdf`,
    );
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
    expect(downloaded.headers['content-length']).toBe(String(pdf.length));
    expect(sha256(downloaded.body as Buffer)).toBe(sha256(pdf));
    const byHolder = await download(holderAgent, documentId);
    expect(byHolder.status).toBe(200);
    expect(byHolder.body).toEqual(pdf);
  });

  it('records the upload on the shared timeline, which the holder sees', async () => {
    const caseId = await openCase();
    const created = await upload(
      advisorAgent,
      caseId,
      { bytes: samplePdf(), name: 'plan.pdf' },
      {
        category: 'business_plan',
      },
    ).expect(201);

    const { body } = await holderAgent.get(`/api/cases/${caseId}`).expect(200);
    const event = body.events.find((candidate: { kind: string }) => candidate.kind === 'document_uploaded');
    expect(event).toMatchObject({
      visibility: 'shared',
      payload: { documentId: created.body.id, version: 1, category: 'business_plan', fileName: 'plan.pdf' },
    });
  });

  it('audits the staff’s downloads, not the holder’s', async () => {
    const caseId = await openCase();
    const { body } = await upload(
      holderAgent,
      caseId,
      { bytes: samplePdf(), name: 'rib.pdf' },
      {
        category: 'bank_details',
      },
    ).expect(201);

    expect((await download(holderAgent, body.id)).status).toBe(200);
    expect((await download(advisorAgent, body.id)).status).toBe(200);

    const entries = await ctx.dataSource.getRepository(AuditEntry).findBy({ recordId: body.id });
    expect(entries).toEqual([
      expect.objectContaining({ actorId: advisor.id, recordType: 'document', action: 'read' }),
    ]);
  });

  it('adds versions to a document, newest first, and downloads any of them', async () => {
    const caseId = await openCase();
    const first = samplePdf('version 1');
    const second = samplePng();
    const created = await upload(
      holderAgent,
      caseId,
      { bytes: first, name: 'budget.pdf' },
      {
        category: 'budget',
      },
    ).expect(201);

    const updated = await upload(
      advisorAgent,
      caseId,
      { bytes: second, name: 'budget.png' },
      {
        category: 'budget',
        documentId: created.body.id,
      },
    );

    expect(updated.status).toBe(201);
    expect(updated.body).toMatchObject({ id: created.body.id, currentVersion: 2 });
    expect(
      updated.body.versions.map(
        (version: { version: number; contentType: string; uploadedBy: { id: string } }) => [
          version.version,
          version.contentType,
          version.uploadedBy.id,
        ],
      ),
    ).toEqual([
      [2, 'image/png', advisor.id],
      [1, 'application/pdf', holder.id],
    ]);
    const latest = await download(holderAgent, created.body.id);
    expect(latest.headers['content-type']).toBe('image/png');
    expect(latest.body).toEqual(second);
    const older = await download(holderAgent, created.body.id, '?version=1');
    expect(older.headers['content-type']).toBe('application/pdf');
    expect(older.body).toEqual(first);
    expectError(await download(holderAgent, created.body.id, '?version=3'), 404, 'not_found');
  });

  it('refuses a program renamed .pdf with 415 and keeps nothing of it', async () => {
    const caseId = await openCase();
    const before = await footprint(caseId);

    const refused = await upload(holderAgent, caseId, { bytes: windowsProgram(), name: 'statuts.pdf' });

    expectError(refused, 415, 'unsupported_media_type');
    expect(await footprint(caseId)).toEqual(before);
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 413 and keeps nothing of it, and takes one of exactly that size', async () => {
    const caseId = await openCase();
    const before = await footprint(caseId);
    const text = (size: number) => ({ bytes: Buffer.alloc(size, 'a'), name: 'notes.txt' });

    // Just past the maximum (the service's check) and well past it (the upload parser's): the
    // same answer, which says the limit.
    const justPast = await upload(holderAgent, caseId, text(MAX_BYTES + 1));
    const wellPast = await upload(holderAgent, caseId, text(MAX_BYTES * 3));
    expectError(justPast, 413, 'payload_too_large');
    expectError(wellPast, 413, 'payload_too_large');
    expect(justPast.body.message).toContain('64 KB');
    expect(wellPast.body.message).toBe(justPast.body.message);
    expect(await footprint(caseId)).toEqual(before);

    const taken = await upload(holderAgent, caseId, text(MAX_BYTES)).expect(201);
    expect(taken.body.versions[0]).toMatchObject({ contentType: 'text/plain', sizeBytes: MAX_BYTES });
  });

  it('removes the stored file when recording the upload fails', async () => {
    const caseId = await openCase();
    const before = await footprint(caseId);
    // This test file's own database: make the version's insert fail, as a lost connection would.
    await ctx.dataSource.query(`
      CREATE FUNCTION refuse_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
      CREATE TRIGGER refuse_version BEFORE INSERT ON case_document_version
        FOR EACH ROW EXECUTE FUNCTION refuse_version();`);
    try {
      expectError(
        await upload(holderAgent, caseId, { bytes: samplePdf(), name: 'statuts.pdf' }),
        500,
        'internal_error',
      );
    } finally {
      await ctx.dataSource.query(`
        DROP TRIGGER refuse_version ON case_document_version;
        DROP FUNCTION refuse_version();`);
    }

    expect(await footprint(caseId)).toEqual(before);
  });

  it('answers 400 naming the field for a missing file or a category it does not know, and keeps nothing', async () => {
    const caseId = await openCase();
    const before = await footprint(caseId);

    expectInvalidFields(await upload(holderAgent, caseId, null), { file: 'required' });
    expectInvalidFields(
      await upload(holderAgent, caseId, { bytes: samplePdf(), name: 'x.pdf' }, { category: 'passport' }),
      ['category'],
    );
    expectInvalidFields(
      await upload(
        holderAgent,
        caseId,
        { bytes: samplePdf(), name: 'x.pdf' },
        { category: 'other', documentId: 'x' },
      ),
      ['documentId'],
    );

    expect(await footprint(caseId)).toEqual(before);
  });

  it('treats a document of another case as unknown: no download, no new version through this case', async () => {
    const caseId = await openCase();
    const theirs = await upload(otherHolderAgent, otherCaseId, {
      bytes: samplePdf(),
      name: 'theirs.pdf',
    }).expect(201);
    const before = await footprint(caseId);

    expectError(await download(holderAgent, theirs.body.id), 404, 'not_found');
    // The advisor sees both cases, yet the document is not one of this case's.
    const crossed = await upload(
      advisorAgent,
      caseId,
      { bytes: samplePdf(), name: 'mine.pdf' },
      {
        category: 'statutes',
        documentId: theirs.body.id,
      },
    );
    expectError(crossed, 404, 'not_found');
    expectError(await download(holderAgent, randomUUID()), 404, 'not_found');

    expect(await footprint(caseId)).toEqual(before);
    const [document] = (await otherHolderAgent.get(`/api/cases/${otherCaseId}/documents`).expect(200)).body;
    expect(document.currentVersion).toBe(1);
  });

  it('hides a case’s documents from a partner advisor it was not given, until they follow it', async () => {
    const caseId = await openCase();
    const { body } = await upload(holderAgent, caseId, { bytes: samplePdf(), name: 'statuts.pdf' }).expect(
      201,
    );

    expectError(await partnerAgent.get(`/api/cases/${caseId}/documents`), 404, 'not_found');
    expectError(await download(partnerAgent, body.id), 404, 'not_found');
    expectError(await upload(partnerAgent, caseId, { bytes: samplePdf(), name: 'x.pdf' }), 404, 'not_found');

    await ctx.dataSource.getRepository(CaseFollower).insert({ caseId, userId: partnerAdvisor.id });
    expect((await partnerAgent.get(`/api/cases/${caseId}/documents`).expect(200)).body).toHaveLength(1);
    expect((await download(partnerAgent, body.id)).status).toBe(200);
    await upload(partnerAgent, caseId, { bytes: samplePdf(), name: 'compte-rendu.pdf' }).expect(201);
  });

  it('hides a case’s documents from the holder of another project', async () => {
    const caseId = await openCase();
    const { body } = await upload(holderAgent, caseId, { bytes: samplePdf(), name: 'statuts.pdf' }).expect(
      201,
    );
    const before = await footprint(caseId);

    expectError(await otherHolderAgent.get(`/api/cases/${caseId}/documents`), 404, 'not_found');
    expectError(await download(otherHolderAgent, body.id), 404, 'not_found');
    expectError(
      await upload(otherHolderAgent, caseId, { bytes: samplePdf(), name: 'x.pdf' }),
      404,
      'not_found',
    );

    expect(await footprint(caseId)).toEqual(before);
  });
});

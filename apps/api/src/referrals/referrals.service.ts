import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { addCaseEvent } from '../case-content/case-records';
import { searchPatterns } from '../case-lists/case-list-query';
import { moveLockedCase } from '../cases/case-workflow.service';
import { accessCase, lockCaseForWrite, requireCaseAdvisor } from '../cases/case-access';
import { CaseDocument, CaseDocumentVersion } from '../cases/case-document.entity';
import { CaseFile } from '../cases/case-file.entity';
import { AppError, notFound } from '../common/app-error';
import { Diagnostic } from '../diagnostics/diagnostic.entity';
import { Offer } from '../directory/offer.entity';
import { type DocumentDownload, DocumentsService } from '../documents/documents.service';
import { NotificationsService } from '../notifications/notifications.service';
import { caseLabel, organisationMembers } from '../notifications/recipients';
import type { Organisation } from '../territories/organisation.entity';
import type { User } from '../users/user.entity';
import type {
  CaseFundingDto,
  InboxItemDto,
  ReferralCountsDto,
  ReferralDto,
  ReferralInboxDto,
  ReferralInboxQueryDto,
  ReferralOptionsDto,
  SendReferralsDto,
} from './dto/referral.dto';
import { ReferralDocument } from './referral-document.entity';
import { locateReferral, type ReferralViewer, toReferralDto, toSummaries } from './referral-views';
import { Referral, type ReferralSnapshot } from './referral.entity';

type FundingOffer = Offer & { organisation: Organisation };

/**
 * Referrals of cases to funders: the case's advisors send a frozen snapshot of the case with
 * documents at their current version; the funder reads its inbox and each referral
 * (docs/contracts/funders-referrals.md). Steps are in ReferralStepsService.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The territory's published funding offers, and the case's documents at their current version. */
  async options(user: User, caseId: string): Promise<ReferralOptionsDto> {
    const manager = this.dataSource.manager;
    const { caseFile, reader } = await accessCase(manager, user, caseId);
    if (reader !== 'staff') throw notFound('Case');
    const offers = (await manager
      .getRepository(Offer)
      .createQueryBuilder('offer')
      .innerJoinAndSelect('offer.organisation', 'organisation')
      .where('offer.territoryId = :territoryId', { territoryId: caseFile.territoryId })
      .andWhere("offer.kind = 'funding' AND offer.published AND organisation.published")
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('offer.name', 'ASC')
      .getMany()) as FundingOffer[];
    const documents = await manager
      .getRepository(CaseDocument)
      .createQueryBuilder('document')
      .innerJoinAndMapOne(
        'document.current',
        CaseDocumentVersion,
        'version',
        'version.documentId = document.id AND version.version = document.currentVersion',
      )
      .where('document.caseId = :caseId', { caseId })
      .orderBy('document.createdAt', 'DESC')
      .addOrderBy('document.id', 'DESC')
      .getMany();
    return {
      offers: offers.map((offer) => ({
        id: offer.id,
        name: offer.name,
        instrument: offer.instrument,
        amountMinCents: offer.amountMinCents,
        amountMaxCents: offer.amountMaxCents,
        organisation: { id: offer.organisation.id, name: offer.organisation.name },
      })),
      documents: documents.map((document) => {
        const current = (document as CaseDocument & { current: CaseDocumentVersion }).current;
        return {
          id: document.id,
          versionId: current.id,
          category: document.category,
          fileName: current.fileName,
          version: current.version,
          createdAt: current.createdAt.toISOString(),
        };
      }),
    };
  }

  /**
   * The case's advisors send it to funders, in one transaction: one referral per offer with the
   * frozen snapshot and the chosen documents at their current version; the case's version goes up.
   */
  async send(user: User, caseId: string, request: SendReferralsDto): Promise<ReferralDto[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      const access = await lockCaseForWrite(manager, user, caseId, request.version);
      requireCaseAdvisor(access);
      const { caseFile } = access;
      if (caseFile.stage !== 'funding') {
        if (!request.moveToFunding) {
          throw new AppError(
            'conflict',
            'This case is not at the funding stage: move it to funding first, or send with moveToFunding.',
          );
        }
        // Moving to funding and sending are one step: the workflow decides whether the move is allowed.
        await moveLockedCase(manager, user, access, { to: 'funding' });
      }
      const offers = await fundingOffers(manager, caseFile.territoryId, request);
      const versionIds = await currentVersions(manager, caseFile.id, request.documentIds ?? []);
      const snapshot = await snapshotOf(manager, caseFile, request.summary ?? '');

      const created: string[] = [];
      for (const [index, offer] of offers.entries()) {
        const item = request.referrals[index];
        const referral = await manager.save(
          manager.create(Referral, {
            territoryId: caseFile.territoryId,
            caseId: caseFile.id,
            organisationId: offer.organisationId,
            offerId: offer.id,
            askedCents: item.askedCents,
            askedInstrument: item.askedInstrument,
            message: request.message,
            snapshot,
            sentById: user.id,
          }),
        );
        if (versionIds.length > 0) {
          await manager.insert(
            ReferralDocument,
            versionIds.map((documentVersionId) => ({
              referralId: referral.id,
              documentVersionId,
              exchangeId: null,
            })),
          );
        }
        await addCaseEvent(manager, caseFile, user, 'referral_sent', 'shared', {
          referralId: referral.id,
          organisationName: offer.organisation.name,
          offerName: offer.name,
          askedCents: item.askedCents,
        });
        await this.notifications.notify(manager, {
          kind: 'referral_received',
          recipientIds: await organisationMembers(manager, offer.organisationId, 'funder'),
          link: `/app/referrals/${referral.id}`,
          params: {
            ...(await caseLabel(manager, caseFile)),
            organisationName: offer.organisation.name,
            offerName: offer.name,
          },
          caseId: caseFile.id,
          territoryId: caseFile.territoryId,
          actorId: user.id,
        });
        created.push(referral.id);
      }
      await manager.update(CaseFile, caseFile.id, { version: caseFile.version + 1 });
      return created;
    });
    const manager = this.dataSource.manager;
    const access = await accessCase(manager, user, caseId);
    const viewer: ReferralViewer = { kind: 'staff', user, access };
    const referrals = await manager.findBy(Referral, { id: In(ids) });
    return Promise.all(
      ids.map((id) =>
        toReferralDto(
          manager,
          referrals.find((referral) => referral.id === id)!,
          viewer,
        ),
      ),
    );
  }

  /** The case's referrals, newest first, and its totals: holders and staff who see the case. */
  async funding(user: User, caseId: string): Promise<CaseFundingDto> {
    const manager = this.dataSource.manager;
    const access = await accessCase(manager, user, caseId);
    const viewer: ReferralViewer =
      access.reader === 'holder' ? { kind: 'holder', user, access } : { kind: 'staff', user, access };
    const referrals = await manager.find(Referral, {
      where: { caseId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const summaries = await toSummaries(manager, referrals, viewer);
    const totals = { askedCents: 0, grantedCents: 0, paidCents: 0, pendingAskedCents: 0 };
    for (const referral of summaries) {
      if (referral.status !== 'withdrawn' && referral.status !== 'declined')
        totals.askedCents += referral.askedCents;
      if (referral.status === 'approved') {
        totals.grantedCents += referral.grantedCents ?? 0;
        totals.paidCents += referral.paidCents;
      }
      if (['sent', 'in_review', 'info_requested'].includes(referral.status)) {
        totals.pendingAskedCents += referral.askedCents;
      }
    }
    return { referrals: summaries, totals };
  }

  /** The funder's inbox: their organisation's referrals, filtered, searched, sorted and paged. */
  async inbox(user: User, query: ReferralInboxQueryDto): Promise<ReferralInboxDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    if (!user.organisationId || !user.territoryId) return { items: [], total: 0, page, pageSize };
    const params: unknown[] = [user.organisationId, user.territoryId];
    const where = ['r.organisation_id = $1', 'r.territory_id = $2'];
    if (query.status?.length) {
      params.push(query.status);
      where.push(`r.status = ANY($${params.length})`);
    }
    for (const pattern of searchPatterns(query.q)) {
      params.push(pattern);
      const p = `essaim_unaccent(lower($${params.length}))`;
      where.push(
        `(essaim_unaccent(lower(r.snapshot->>'reference')) ILIKE ${p}
          OR essaim_unaccent(lower(r.snapshot->'project'->>'name')) ILIKE ${p})`,
      );
    }
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    const conditions = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM referral r WHERE ${conditions}`,
      params,
    );
    const rows: {
      id: string;
      reference: string;
      project_name: string;
      offer_id: string;
      offer_name: string;
      status: InboxItemDto['status'];
      asked_cents: string;
      asked_instrument: InboxItemDto['askedInstrument'];
      created_at: Date;
      age_days: number;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.snapshot->>'reference' AS reference, r.snapshot->'project'->>'name' AS project_name,
              o.id AS offer_id, o.name AS offer_name, r.status, r.asked_cents::text AS asked_cents,
              r.asked_instrument, r.created_at,
              floor(extract(epoch FROM now() - r.created_at) / 86400)::int AS age_days
         FROM referral r JOIN offer o ON o.id = r.offer_id
        WHERE ${conditions}
        ORDER BY r.created_at ${order}, r.id ${order}
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        projectName: row.project_name,
        offer: { id: row.offer_id, name: row.offer_name },
        status: row.status,
        askedCents: Number(row.asked_cents),
        askedInstrument: row.asked_instrument,
        createdAt: row.created_at.toISOString(),
        ageDays: row.age_days,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** How many of the funder's referrals are in each status. */
  async counts(user: User): Promise<ReferralCountsDto> {
    const counts: ReferralCountsDto = {
      sent: 0,
      in_review: 0,
      info_requested: 0,
      approved: 0,
      declined: 0,
      withdrawn: 0,
    };
    if (!user.organisationId || !user.territoryId) return counts;
    const rows: { status: keyof ReferralCountsDto; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM referral
        WHERE organisation_id = $1 AND territory_id = $2 GROUP BY status`,
      [user.organisationId, user.territoryId],
    );
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  /** One referral: the funders of its organisation, the staff who see its case. */
  async get(user: User, referralId: string): Promise<ReferralDto> {
    const manager = this.dataSource.manager;
    const { referral, viewer } = await locateReferral(manager, user, referralId);
    return toReferralDto(manager, referral, viewer);
  }

  /** A document version linked to the referral (sent with it or with an answer), else a 404. */
  async download(user: User, referralId: string, versionId: string): Promise<DocumentDownload> {
    const manager = this.dataSource.manager;
    const { referral } = await locateReferral(manager, user, referralId, { holders: true });
    const link = await manager.findOne(ReferralDocument, {
      where: { referralId: referral.id, documentVersionId: versionId },
      relations: { documentVersion: true },
    });
    if (!link?.documentVersion) throw notFound('Document');
    return this.documents.openVersion(link.documentVersion);
  }
}

/** The offers asked for, each a published funding offer of the territory, distinct; else a 400. */
async function fundingOffers(
  manager: EntityManager,
  territoryId: string,
  request: SendReferralsDto,
): Promise<FundingOffer[]> {
  const ids = request.referrals.map((item) => item.offerId);
  const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (duplicate >= 0) {
    throw AppError.invalidField(
      `referrals.${duplicate}.offerId`,
      'duplicate',
      'each offer can be asked only once per sending',
    );
  }
  const offers = (await manager.find(Offer, {
    where: { id: In(ids), territoryId },
    relations: { organisation: true },
  })) as FundingOffer[];
  return ids.map((id, index) => {
    const offer = offers.find((candidate) => candidate.id === id);
    const field = `referrals.${index}.offerId`;
    if (!offer)
      throw AppError.invalidField(field, 'not_found', `${field} is not an offer of the case’s territory`);
    if (offer.kind !== 'funding') {
      throw AppError.invalidField(field, 'not_funding', `${field} is not a funding offer`);
    }
    if (!offer.published || !offer.organisation.published) {
      throw AppError.invalidField(field, 'not_published', `${field} is no longer published in the directory`);
    }
    return offer;
  });
}

/** The current version of each chosen document of the case; another case's document is a 400. */
async function currentVersions(
  manager: EntityManager,
  caseId: string,
  documentIds: string[],
): Promise<string[]> {
  const unique = [...new Set(documentIds)];
  if (unique.length === 0) return [];
  const rows: { document_id: string; version_id: string }[] = await manager.query(
    `SELECT d.id AS document_id, v.id AS version_id
       FROM case_document d JOIN case_document_version v ON v.document_id = d.id AND v.version = d.current_version
      WHERE d.case_id = $1 AND d.id = ANY($2)`,
    [caseId, unique],
  );
  return unique.map((documentId) => {
    const row = rows.find((candidate) => candidate.document_id === documentId);
    if (!row) {
      throw AppError.invalidField(
        'documentIds',
        'not_found',
        `document ${documentId} is not a document of this case`,
      );
    }
    return row.version_id;
  });
}

/** The dossier as it is now, to freeze in the referral. */
async function snapshotOf(
  manager: EntityManager,
  caseFile: CaseFile,
  summary: string,
): Promise<ReferralSnapshot> {
  const project = caseFile.project!;
  const holders: { firstName: string; lastName: string }[] = await manager.query(
    `SELECT u.first_name AS "firstName", u.last_name AS "lastName"
       FROM project_member m JOIN app_user u ON u.id = m.user_id
      WHERE m.project_id = $1
      ORDER BY (m.role = 'owner') DESC, m.created_at, u.id`,
    [project.id],
  );
  const diagnostic = await manager.findOne(Diagnostic, {
    where: { id: caseFile.diagnosticId, status: 'submitted' },
  });
  return {
    reference: caseFile.reference,
    project: {
      name: project.name,
      summary: project.summary,
      legalForm: project.legalForm,
      sector: project.sector,
      stage: project.stage,
      commune: project.commune ? { code: project.commune.code, name: project.commune.name } : null,
    },
    holders,
    needProfile: diagnostic?.needProfile ?? null,
    summary,
  };
}

import {
  type ReferralAction,
  referralActions,
  type ReferralParty,
  type ReferralRefusal,
  type ReferralStatus,
} from '@essaim/domain';
import { type EntityManager, In } from 'typeorm';
import { accessCase, type CaseAccess } from '../cases/case-access';
import { AppError, notFound } from '../common/app-error';
import { Offer } from '../directory/offer.entity';
import { Organisation } from '../territories/organisation.entity';
import { toPerson } from '../users/person.dto';
import { User } from '../users/user.entity';
import type {
  ExchangeDto,
  ReferralDocumentDto,
  ReferralDto,
  ReferralReviewDto,
  ReferralSummaryDto,
} from './dto/referral.dto';
import { FundingCriterion } from './funding-criterion.entity';
import { ReferralDisbursement } from './referral-disbursement.entity';
import { ReferralDocument } from './referral-document.entity';
import { ReferralExchange } from './referral-exchange.entity';
import { ReferralReview } from './referral-review.entity';
import { Referral } from './referral.entity';

/**
 * How the caller stands towards a referral: a funder of its organisation, or someone who sees
 * its case (staff, with `advisor` when one of "the case's advisors"; or a holder).
 */
export type ReferralViewer =
  | { kind: 'funder'; user: User }
  | { kind: 'staff'; user: User; access: CaseAccess }
  | { kind: 'holder'; user: User; access: CaseAccess };

/** The party of the domain's state machine the caller acts as, or null (staff who are not the case's advisors). */
export function partyOf(viewer: ReferralViewer): ReferralParty | null {
  if (viewer.kind === 'funder') return 'funder';
  if (viewer.kind === 'holder') return 'holder';
  return viewer.access.actor.caseAdvisor ? 'advisor' : null;
}

export function actionsFor(status: ReferralStatus, viewer: ReferralViewer): ReferralAction[] {
  const party = partyOf(viewer);
  return party ? referralActions(status, party) : [];
}

/**
 * The referral as the caller may see it, or a 404: a funder only those of their organisation
 * and territory, anyone else those of a case they see (`accessCase`). With `lock`, the row is
 * locked for the rest of the transaction.
 */
export async function locateReferral(
  manager: EntityManager,
  user: User,
  referralId: string,
  options: { lock?: boolean; holders?: boolean } = {},
): Promise<{ referral: Referral; viewer: ReferralViewer }> {
  const query = manager
    .getRepository(Referral)
    .createQueryBuilder('referral')
    .where('referral.id = :referralId', { referralId });
  if (user.role === 'funder') {
    if (!user.organisationId || !user.territoryId) throw notFound('Referral');
    query.andWhere('referral.organisation_id = :organisationId AND referral.territory_id = :territoryId', {
      organisationId: user.organisationId,
      territoryId: user.territoryId,
    });
  }
  if (options.lock) query.setLock('pessimistic_write');
  const referral = await query.getOne();
  if (!referral) throw notFound('Referral');
  if (user.role === 'funder') return { referral, viewer: { kind: 'funder', user } };
  let access: CaseAccess;
  try {
    access = await accessCase(manager, user, referral.caseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('Referral');
    throw error;
  }
  if (access.reader === 'holder') {
    if (!options.holders) throw notFound('Referral');
    return { referral, viewer: { kind: 'holder', user, access } };
  }
  return { referral, viewer: { kind: 'staff', user, access } };
}

/** The 409 of a step taken from a version someone else has since replaced. */
export function staleReferral(): AppError {
  return new AppError(
    'conflict',
    'Someone changed this referral since you opened it: reload it to see where it stands.',
  );
}

/** The answer for a step the domain refuses (libs/domain referral.ts). */
export function refusalError(
  refusal: ReferralRefusal,
  status: ReferralStatus,
  action: ReferralAction,
): AppError {
  switch (refusal) {
    case 'already_final':
      return new AppError(
        'conflict',
        `This referral is already ${status}: nothing more can be done on it (${action}).`,
      );
    case 'not_allowed':
      return new AppError('conflict', `This referral is ${status}: ${action} is not possible in this state.`);
    case 'not_your_step':
      return new AppError('forbidden', `You cannot take this step (${action}) on this referral.`);
    case 'reason_required':
      return AppError.invalidField('reason', 'required', 'reason is required to decline a referral');
    case 'question_required':
      return AppError.invalidField('question', 'required', 'question is required to ask for information');
    case 'amount_invalid':
      return AppError.invalidField(
        'grantedCents',
        'amount_invalid',
        'grantedCents must be a whole number of cents above 0 to approve',
      );
    case 'amount_above_asked':
      return AppError.invalidField(
        'confirmAboveAsked',
        'required',
        'the amount granted is above the amount asked: confirm it with confirmAboveAsked',
      );
  }
}

/** Σ(score/scale × weight) / Σ weight × 100, one decimal; criteria no longer in the grid do not count. */
export function weightedScore(scores: Record<string, number>, criteria: FundingCriterion[]): number {
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (totalWeight === 0) return 0;
  const sum = criteria.reduce(
    (total, criterion) => total + ((scores[criterion.id] ?? 0) / criterion.scale) * criterion.weight,
    0,
  );
  return round1((sum / totalWeight) * 100);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Paid so far per referral. */
export async function paidByReferral(
  manager: EntityManager,
  referralIds: string[],
): Promise<Map<string, number>> {
  if (referralIds.length === 0) return new Map();
  const rows: { referral_id: string; paid: string }[] = await manager.query(
    `SELECT referral_id, SUM(amount_cents)::text AS paid FROM referral_disbursement
      WHERE referral_id = ANY($1) GROUP BY referral_id`,
    [referralIds],
  );
  return new Map(rows.map((row) => [row.referral_id, Number(row.paid)]));
}

interface LoadedExchange extends ReferralExchange {
  author: User;
}

/** Exchanges of the referrals, oldest first, each with the files of its answer. */
async function exchangesOf(
  manager: EntityManager,
  referralIds: string[],
): Promise<Map<string, ExchangeDto[]>> {
  const result = new Map<string, ExchangeDto[]>();
  if (referralIds.length === 0) return result;
  const exchanges = (await manager.find(ReferralExchange, {
    where: { referralId: In(referralIds) },
    relations: { author: true },
    order: { createdAt: 'ASC', id: 'ASC' },
  })) as LoadedExchange[];
  const files = await documentsOf(manager, referralIds);
  for (const exchange of exchanges) {
    const list = result.get(exchange.referralId) ?? [];
    list.push({
      id: exchange.id,
      kind: exchange.kind,
      body: exchange.body,
      author: toPerson(exchange.author),
      createdAt: exchange.createdAt.toISOString(),
      documents: files
        .filter((file) => file.exchangeId === exchange.id)
        .map((file) => ({ versionId: file.versionId, fileName: file.fileName, category: file.category })),
    });
    result.set(exchange.referralId, list);
  }
  return result;
}

/** The document versions linked to the referrals, in the order they were linked. */
async function documentsOf(
  manager: EntityManager,
  referralIds: string[],
): Promise<(ReferralDocumentDto & { referralId: string })[]> {
  if (referralIds.length === 0) return [];
  const links = await manager
    .getRepository(ReferralDocument)
    .createQueryBuilder('link')
    .innerJoinAndSelect('link.documentVersion', 'version')
    .innerJoinAndSelect('version.document', 'document')
    .where('link.referralId IN (:...referralIds)', { referralIds })
    .orderBy('link.createdAt', 'ASC')
    .addOrderBy('document.createdAt', 'ASC')
    .getMany();
  return links.map((link) => {
    const version = link.documentVersion!;
    return {
      referralId: link.referralId,
      versionId: version.id,
      documentId: version.documentId,
      category: version.document!.category,
      fileName: version.fileName,
      contentType: version.contentType,
      sizeBytes: Number(version.sizeBytes),
      version: version.version,
      addedAt: link.createdAt.toISOString(),
      exchangeId: link.exchangeId,
    };
  });
}

type ReferralWithNames = Referral & { organisation: Organisation; offer: Offer };

async function withNames(manager: EntityManager, referrals: Referral[]): Promise<ReferralWithNames[]> {
  if (referrals.length === 0) return [];
  const [organisations, offers] = await Promise.all([
    manager.findBy(Organisation, { id: In([...new Set(referrals.map((r) => r.organisationId))]) }),
    manager.findBy(Offer, { id: In([...new Set(referrals.map((r) => r.offerId))]) }),
  ]);
  return referrals.map((referral) => ({
    ...referral,
    organisation: organisations.find((o) => o.id === referral.organisationId)!,
    offer: offers.find((o) => o.id === referral.offerId)!,
  }));
}

/** The lines of the case's funding, in the given order. */
export async function toSummaries(
  manager: EntityManager,
  referrals: Referral[],
  viewer: ReferralViewer,
): Promise<ReferralSummaryDto[]> {
  const ids = referrals.map((referral) => referral.id);
  const [named, paid, exchanges] = await Promise.all([
    withNames(manager, referrals),
    paidByReferral(manager, ids),
    exchangesOf(manager, ids),
  ]);
  return named.map((referral) =>
    summaryOf(referral, paid.get(referral.id) ?? 0, exchanges.get(referral.id) ?? [], viewer),
  );
}

function summaryOf(
  referral: ReferralWithNames,
  paidCents: number,
  exchanges: ExchangeDto[],
  viewer: ReferralViewer,
): ReferralSummaryDto {
  const last = exchanges.at(-1);
  return {
    id: referral.id,
    status: referral.status,
    organisation: { id: referral.organisation.id, name: referral.organisation.name },
    offer: { id: referral.offer.id, name: referral.offer.name },
    askedCents: referral.askedCents,
    askedInstrument: referral.askedInstrument,
    grantedCents: referral.grantedCents,
    grantedInstrument: referral.grantedInstrument,
    conditions: referral.conditions,
    declineReason: referral.declineReason,
    paidCents,
    createdAt: referral.createdAt.toISOString(),
    decidedAt: referral.decidedAt?.toISOString() ?? null,
    openQuestion: referral.status === 'info_requested' && last?.kind === 'question' ? last : null,
    actions: actionsFor(referral.status, viewer),
    version: referral.version,
  };
}

/** One referral in full, as the caller may see it (holders: no reviews, no message or summary). */
export async function toReferralDto(
  manager: EntityManager,
  referral: Referral,
  viewer: ReferralViewer,
): Promise<ReferralDto> {
  const [[named], paid, exchanges, documents, criteria, reviews, disbursements, sentBy] = await Promise.all([
    withNames(manager, [referral]),
    paidByReferral(manager, [referral.id]),
    exchangesOf(manager, [referral.id]),
    documentsOf(manager, [referral.id]),
    manager.find(FundingCriterion, { where: { offerId: referral.offerId }, order: { position: 'ASC' } }),
    viewer.kind === 'holder'
      ? Promise.resolve([])
      : manager.find(ReferralReview, {
          where: { referralId: referral.id },
          relations: { reviewer: true },
          order: { createdAt: 'ASC' },
        }),
    manager.find(ReferralDisbursement, {
      where: { referralId: referral.id },
      relations: { recordedBy: true },
      order: { paidOn: 'ASC', createdAt: 'ASC' },
    }),
    manager.findOneByOrFail(User, { id: referral.sentById }),
  ]);
  const paidCents = paid.get(referral.id) ?? 0;
  const list = exchanges.get(referral.id) ?? [];
  const holder = viewer.kind === 'holder';
  const reviewDtos: ReferralReviewDto[] = reviews.map((review) => ({
    id: review.id,
    reviewer: toPerson(review.reviewer!),
    scores: review.scores,
    comment: review.comment,
    weightedScore: weightedScore(review.scores, criteria),
    updatedAt: review.updatedAt.toISOString(),
    version: review.version,
    mine: review.reviewerId === viewer.user.id,
  }));
  return {
    ...summaryOf(named, paidCents, list, viewer),
    caseId: viewer.kind === 'funder' ? null : referral.caseId,
    reference: referral.snapshot.reference,
    message: holder ? '' : referral.message,
    snapshot: { ...referral.snapshot, summary: holder ? '' : referral.snapshot.summary },
    sentBy: toPerson(sentBy),
    sentAt: referral.createdAt.toISOString(),
    documents: documents.map(({ referralId: _referralId, ...document }) => document),
    exchanges: list,
    criteria: criteria.map(({ id, label, weight, scale }) => ({ id, label, weight, scale })),
    reviews: reviewDtos,
    weightedMean:
      reviewDtos.length === 0
        ? null
        : round1(reviewDtos.reduce((sum, review) => sum + review.weightedScore, 0) / reviewDtos.length),
    disbursements: disbursements.map((payment) => ({
      id: payment.id,
      amountCents: payment.amountCents,
      paidOn: payment.paidOn,
      recordedBy: toPerson(payment.recordedBy!),
      createdAt: payment.createdAt.toISOString(),
    })),
    remainingCents:
      referral.status === 'approved' && referral.grantedCents !== null
        ? referral.grantedCents - paidCents
        : null,
  };
}

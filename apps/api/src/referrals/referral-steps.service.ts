import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkDisbursement, type ReferralAction, referralStep, type ReferralStepInput } from '@essaim/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { addCaseEvent } from '../case-content/case-records';
import { AppError } from '../common/app-error';
import { DocumentsService } from '../documents/documents.service';
import type { UploadedFileBytes } from '../documents/upload';
import type { NotificationKind } from '@essaim/domain';
import { NotificationsService } from '../notifications/notifications.service';
import type { NotificationParams } from '../notifications/notification-mails';
import { caseAdvisors, caseHolders, caseLabel, caseLink } from '../notifications/recipients';
import { Organisation } from '../territories/organisation.entity';
import type { User } from '../users/user.entity';
import type {
  AnswerReferralDto,
  AskQuestionDto,
  DecideReferralDto,
  RecordDisbursementDto,
  ReferralDto,
  ReferralVersionDto,
  SaveReviewDto,
  WithdrawReferralDto,
} from './dto/referral.dto';
import { FundingCriterion } from './funding-criterion.entity';
import { ReferralDisbursement } from './referral-disbursement.entity';
import { ReferralDocument } from './referral-document.entity';
import { ReferralExchange } from './referral-exchange.entity';
import { ReferralReview } from './referral-review.entity';
import {
  locateReferral,
  paidByReferral,
  partyOf,
  type ReferralViewer,
  refusalError,
  staleReferral,
  toReferralDto,
} from './referral-views';
import { Referral } from './referral.entity';

/** A step's context inside its transaction: the locked referral and who takes the step. */
interface StepContext {
  manager: EntityManager;
  referral: Referral;
  viewer: ReferralViewer;
  organisationName: string;
}

/**
 * The steps of a referral (libs/domain referral.ts): each in one transaction that locks the
 * referral, checks its version and the step, writes, and adds the case event.
 */
@Injectable()
export class ReferralStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The funder starts reviewing. */
  open(user: User, referralId: string, request: ReferralVersionDto): Promise<ReferralDto> {
    return this.step(user, referralId, request.version, async ({ manager, referral, viewer }) => {
      const status = moved(referral, 'open', viewer, {});
      await manager.update(Referral, referral.id, { status, version: referral.version + 1 });
      await addCaseEvent(manager, caseOf(referral), user, 'referral_opened', 'internal', {
        referralId: referral.id,
      });
    });
  }

  /** The funder asks for information. */
  ask(user: User, referralId: string, request: AskQuestionDto): Promise<ReferralDto> {
    return this.step(
      user,
      referralId,
      request.version,
      async ({ manager, referral, viewer, organisationName }) => {
        const status = moved(referral, 'request_info', viewer, { question: request.question });
        await manager.insert(ReferralExchange, {
          referralId: referral.id,
          kind: 'question',
          body: request.question,
          authorId: user.id,
        });
        await manager.update(Referral, referral.id, { status, version: referral.version + 1 });
        await addCaseEvent(manager, caseOf(referral), user, 'referral_info_requested', 'shared', {
          referralId: referral.id,
          organisationName,
        });
        await this.tellCase(manager, user, referral, 'referral_info_requested', { organisationName });
      },
    );
  }

  /** The case's advisors or holders answer, with files stored as case documents of category `other`. */
  async answer(
    user: User,
    referralId: string,
    request: AnswerReferralDto,
    files: UploadedFileBytes[],
  ): Promise<ReferralDto> {
    const stored = await this.documents.checkAndStore(files);
    // The files are kept once the rows naming them are committed, and only then.
    try {
      await this.commit(
        user,
        referralId,
        request.version,
        async ({ manager, referral, viewer, organisationName }) => {
          const status = moved(referral, 'answer', viewer, {});
          if (viewer.kind === 'funder') throw refusalError('not_your_step', referral.status, 'answer');
          const inserted = await manager.insert(ReferralExchange, {
            referralId: referral.id,
            kind: 'answer',
            body: request.body,
            authorId: user.id,
          });
          const exchangeId = (inserted.identifiers[0] as { id: string }).id;
          for (const file of stored) {
            const { versionId } = await this.documents.recordNewDocument(
              manager,
              user,
              viewer.access.caseFile,
              'other',
              file,
            );
            await manager.insert(ReferralDocument, {
              referralId: referral.id,
              documentVersionId: versionId,
              exchangeId,
            });
          }
          await manager.update(Referral, referral.id, { status, version: referral.version + 1 });
          await addCaseEvent(manager, caseOf(referral), user, 'referral_answered', 'shared', {
            referralId: referral.id,
            organisationName,
          });
          await this.notifications.notify(manager, {
            kind: 'referral_answered',
            recipientIds: await fundersToTell(manager, referral),
            link: `/app/referrals/${referral.id}`,
            params: { ...(await caseLabel(manager, referral.caseId)), organisationName },
            caseId: referral.caseId,
            territoryId: referral.territoryId,
            actorId: user.id,
          });
        },
        { holders: true },
      );
    } catch (error) {
      await this.documents.discardStored(stored.map((file) => file.storageKey));
      throw error;
    }
    return this.view(user, referralId, { holders: true });
  }

  /** The funder approves or declines, once. */
  decide(user: User, referralId: string, request: DecideReferralDto): Promise<ReferralDto> {
    return this.step(
      user,
      referralId,
      request.version,
      async ({ manager, referral, viewer, organisationName }) => {
        const approve = request.decision === 'approved';
        const status = moved(referral, approve ? 'approve' : 'decline', viewer, {
          reason: request.reason,
          grantedCents: request.grantedCents,
          confirmAboveAsked: request.confirmAboveAsked,
        });
        await manager.update(Referral, referral.id, {
          status,
          version: referral.version + 1,
          grantedCents: approve ? request.grantedCents! : null,
          grantedInstrument: approve ? (request.grantedInstrument ?? referral.askedInstrument) : null,
          conditions: approve ? request.conditions || null : null,
          declineReason: approve ? null : request.reason!,
          decidedAt: new Date(),
          decidedById: user.id,
        });
        await addCaseEvent(manager, caseOf(referral), user, 'referral_decided', 'shared', {
          referralId: referral.id,
          organisationName,
          decision: request.decision,
          ...(approve ? { grantedCents: request.grantedCents! } : {}),
        });
        await this.tellCase(manager, user, referral, 'referral_decided', {
          organisationName,
          decision: request.decision,
        });
      },
    );
  }

  /** The case's advisors withdraw an undecided referral. */
  withdraw(user: User, referralId: string, request: WithdrawReferralDto): Promise<ReferralDto> {
    return this.step(
      user,
      referralId,
      request.version,
      async ({ manager, referral, viewer, organisationName }) => {
        const status = moved(referral, 'withdraw', viewer, {});
        await manager.update(Referral, referral.id, {
          status,
          version: referral.version + 1,
          withdrawnAt: new Date(),
        });
        await addCaseEvent(manager, caseOf(referral), user, 'referral_withdrawn', 'shared', {
          referralId: referral.id,
          organisationName,
          // CasesService removes `reason` from the payloads holders get.
          ...(request.reason ? { reason: request.reason } : {}),
        });
      },
    );
  }

  /** The caller's scores on every criterion of the offer's grid, and comment, while under review. */
  async review(user: User, referralId: string, request: SaveReviewDto): Promise<ReferralDto> {
    await this.dataSource.transaction(async (manager) => {
      const { referral, viewer } = await locateReferral(manager, user, referralId, { lock: true });
      if (viewer.kind !== 'funder') throw refusalError('not_your_step', referral.status, 'open');
      if (referral.status !== 'in_review' && referral.status !== 'info_requested') {
        throw new AppError(
          'conflict',
          `This referral is ${referral.status}: reviews are written while it is in review or waiting for information.`,
        );
      }
      const criteria = await manager.find(FundingCriterion, { where: { offerId: referral.offerId } });
      const scores = checkScores(request.scores, criteria);
      const existing = await manager.findOneBy(ReferralReview, {
        referralId: referral.id,
        reviewerId: user.id,
      });
      if (existing) {
        if (request.version !== existing.version) {
          throw new AppError('conflict', 'Your review changed since you opened it: reload it to see it.');
        }
        existing.scores = scores;
        existing.comment = request.comment;
        await manager.save(existing);
      } else {
        await manager.save(
          manager.create(ReferralReview, {
            referralId: referral.id,
            reviewerId: user.id,
            scores,
            comment: request.comment,
          }),
        );
      }
    });
    return this.view(user, referralId);
  }

  /** The funder records a payment on an approved referral, never above what was granted. */
  disburse(user: User, referralId: string, request: RecordDisbursementDto): Promise<ReferralDto> {
    return this.step(
      user,
      referralId,
      request.version,
      async ({ manager, referral, viewer, organisationName }) => {
        if (viewer.kind !== 'funder') throw refusalError('not_your_step', referral.status, 'approve');
        const [{ today }]: { today: string }[] = await manager.query(
          `SELECT to_char((now() AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS today`,
        );
        if (request.paidOn > today) {
          throw AppError.invalidField('paidOn', 'future', 'paidOn must not be in the future');
        }
        const paidCents = (await paidByReferral(manager, [referral.id])).get(referral.id) ?? 0;
        const check = checkDisbursement(
          { status: referral.status, grantedCents: referral.grantedCents, paidCents },
          request.amountCents,
        );
        if (!check.ok) {
          if (check.refusal === 'amount_invalid') {
            throw AppError.invalidField(
              'amountCents',
              'amount_invalid',
              'amountCents must be a whole number above 0',
            );
          }
          throw new AppError(
            'conflict',
            check.refusal === 'not_approved'
              ? 'Payments can only be recorded on an approved referral.'
              : 'This payment would bring the total paid above the amount granted.',
          );
        }
        await manager.insert(ReferralDisbursement, {
          referralId: referral.id,
          amountCents: request.amountCents,
          paidOn: request.paidOn,
          recordedById: user.id,
        });
        await manager.update(Referral, referral.id, { version: referral.version + 1 });
        await addCaseEvent(manager, caseOf(referral), user, 'referral_payment_recorded', 'shared', {
          referralId: referral.id,
          amountCents: request.amountCents,
        });
        await this.tellCase(manager, user, referral, 'referral_payment', {
          organisationName,
          amountCents: request.amountCents,
        });
      },
    );
  }

  /** Tells the case's lead, followers and holders of a funder's step (not the one who took it). */
  private async tellCase(
    manager: EntityManager,
    user: User,
    referral: Referral,
    kind: Extract<NotificationKind, 'referral_info_requested' | 'referral_decided' | 'referral_payment'>,
    params: NotificationParams,
  ): Promise<void> {
    await this.notifications.notify(manager, {
      kind,
      recipientIds: [
        ...(await caseAdvisors(manager, referral.caseId)),
        ...(await caseHolders(manager, referral.caseId)),
      ],
      link: caseLink(referral.caseId),
      params: { ...(await caseLabel(manager, referral.caseId)), ...params },
      caseId: referral.caseId,
      territoryId: referral.territoryId,
      actorId: user.id,
    });
  }

  /** Locks the referral, checks its version, runs the write, then answers with the referral. */
  private async step(
    user: User,
    referralId: string,
    version: number,
    write: (context: StepContext) => Promise<void>,
    options: { holders?: boolean } = {},
  ): Promise<ReferralDto> {
    await this.commit(user, referralId, version, write, options);
    return this.view(user, referralId, options);
  }

  /** The step's transaction alone: lock, version, write. */
  private async commit(
    user: User,
    referralId: string,
    version: number,
    write: (context: StepContext) => Promise<void>,
    options: { holders?: boolean } = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { referral, viewer } = await locateReferral(manager, user, referralId, {
        lock: true,
        ...options,
      });
      if (referral.version !== version) throw staleReferral();
      const organisation = await manager.findOneByOrFail(Organisation, { id: referral.organisationId });
      await write({ manager, referral, viewer, organisationName: organisation.name });
    });
  }

  private async view(
    user: User,
    referralId: string,
    options: { holders?: boolean } = {},
  ): Promise<ReferralDto> {
    const manager = this.dataSource.manager;
    const { referral, viewer } = await locateReferral(manager, user, referralId, options);
    return toReferralDto(manager, referral, viewer);
  }
}

/**
 * The organisation's active funders who opened or reviewed the referral, else all of them: who
 * hears of an answer to its question.
 */
async function fundersToTell(manager: EntityManager, referral: Referral): Promise<string[]> {
  const rows: { id: string; involved: boolean }[] = await manager.query(
    `SELECT u.id,
            EXISTS (SELECT 1 FROM case_event e
                     WHERE e.case_id = $2 AND e.kind = 'referral_opened' AND e.actor_id = u.id
                       AND e.payload ->> 'referralId' = $4)
         OR EXISTS (SELECT 1 FROM referral_review r WHERE r.referral_id = $3 AND r.reviewer_id = u.id) AS involved
       FROM app_user u
      WHERE u.organisation_id = $1 AND u.role = 'funder' AND u.status = 'active'`,
    [referral.organisationId, referral.caseId, referral.id, String(referral.id)],
  );
  const involved = rows.filter((row) => row.involved);
  return (involved.length > 0 ? involved : rows).map((row) => row.id);
}

/** The case a referral belongs to, for its timeline. */
function caseOf(referral: Referral): { id: string; territoryId: string } {
  return { id: referral.caseId, territoryId: referral.territoryId };
}

/**
 * The status a step leads to, or the error of its refusal. Staff who are not "the case's
 * advisors" may not take a step at all (403).
 */
function moved(
  referral: Referral,
  action: ReferralAction,
  viewer: ReferralViewer,
  input: Omit<ReferralStepInput, 'askedCents'>,
): Referral['status'] {
  const party = partyOf(viewer);
  if (!party) throw new AppError('forbidden', 'Only the advisors of this case can do this.');
  const result = referralStep(referral.status, action, party, { ...input, askedCents: referral.askedCents });
  if (!result.ok) throw refusalError(result.refusal, referral.status, action);
  return result.status;
}

/** Every criterion of the grid scored, each a whole number from 0 to its scale, nothing else. */
function checkScores(scores: Record<string, number>, criteria: FundingCriterion[]): Record<string, number> {
  const known = new Set(criteria.map((criterion) => criterion.id));
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) {
      throw AppError.invalidField(
        `scores.${key}`,
        'unknown_criterion',
        `${key} is not a criterion of this offer`,
      );
    }
  }
  const result: Record<string, number> = {};
  for (const criterion of criteria) {
    const score = scores[criterion.id];
    const field = `scores.${criterion.id}`;
    if (score === undefined) {
      throw AppError.invalidField(
        field,
        'required',
        `score “${criterion.label}” (every criterion is scored)`,
      );
    }
    if (!Number.isInteger(score) || score < 0 || score > criterion.scale) {
      throw AppError.invalidField(
        field,
        'out_of_scale',
        `the score of “${criterion.label}” must be a whole number from 0 to ${criterion.scale}`,
      );
    }
    result[criterion.id] = score;
  }
  return result;
}

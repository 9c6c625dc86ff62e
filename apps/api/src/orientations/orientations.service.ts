import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_ORIENTATION_STATUSES,
  type OrientationAction,
  orientationActions,
  orientationMove,
  type OrientationStatus,
} from '@essaim/domain';
import { type DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { accessCase, isOperatorStaff, operatorOf, requireCaseAdvisor } from '../cases/case-access';
import { CaseEvent } from '../cases/case-event.entity';
import type { CaseFile } from '../cases/case-file.entity';
import { Orientation } from '../cases/orientation.entity';
import { Offer } from '../directory/offer.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { caseHolders, caseLabel, caseLead, caseLink, organisationMembers } from '../notifications/recipients';
import type { Project } from '../projects/project.entity';
import type { Commune } from '../territories/commune.entity';
import type { Organisation } from '../territories/organisation.entity';
import { toPerson } from '../users/person.dto';
import { User } from '../users/user.entity';
import type {
  OrientationDto,
  OrientationInboxItemDto,
  OrientationInboxQueryDto,
  ProposeOrientationDto,
} from './dto/orientation.dto';

/** An orientation with what its DTO shows; `case` only for the inbox. */
type LoadedOrientation = Orientation & {
  organisation: Organisation;
  offer: Offer;
  proposedBy: User;
  answeredBy: User | null;
  case?: CaseFile & { project: Project & { commune: Commune | null } };
};

/**
 * Orientations of cases to partner support organisations: the case's advisors propose one of
 * a partner's accompaniment offers, the partner's advisors accept or decline it and, once the
 * accompaniment is over, complete it (libs/domain orientation.ts). Accepting lets the partner's
 * advisors see and work the case (cases/case-access.ts reads the orientation table).
 */
@Injectable()
export class OrientationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** The case's orientations, newest first: holders and staff who see the case. */
  async listForCase(user: User, caseId: string): Promise<OrientationDto[]> {
    const { reader } = await accessCase(this.dataSource.manager, user, caseId);
    const rows = await this.query().where('orientation.caseId = :caseId', { caseId }).getMany();
    return rows.map((row) => toDto(row as LoadedOrientation, reader));
  }

  /**
   * The orientations an advisor has to answer or follow, newest first: the operator's staff
   * see the territory's, every other advisor those sent to their organisation.
   */
  async inbox(user: User, filter: OrientationInboxQueryDto): Promise<OrientationInboxItemDto[]> {
    if (!user.territoryId) return [];
    const query = this.query()
      .innerJoinAndSelect('orientation.case', 'caseFile')
      .innerJoinAndSelect('caseFile.project', 'project')
      .leftJoinAndSelect('project.commune', 'commune')
      .where('orientation.territoryId = :territoryId', { territoryId: user.territoryId });
    const operator = await operatorOf(this.dataSource.manager, user.territoryId);
    if (!isOperatorStaff(user, operator)) {
      if (!user.organisationId) return [];
      query.andWhere('orientation.organisationId = :organisationId', { organisationId: user.organisationId });
    }
    if (filter.status) query.andWhere('orientation.status = :status', { status: filter.status });
    const rows = (await query.getMany()) as LoadedOrientation[];
    return rows.map((row) => ({ ...toDto(row, 'staff'), case: caseSummary(row) }));
  }

  /** The case's advisors orient it to a partner's accompaniment offer, with a message for them. */
  async propose(user: User, caseId: string, request: ProposeOrientationDto): Promise<OrientationDto> {
    const orientationId = await this.dataSource.transaction(async (manager) => {
      // Locking the case queues concurrent proposals: the second one sees the first as open.
      const access = await accessCase(manager, user, caseId, { lock: true });
      requireCaseAdvisor(access);
      const { caseFile } = access;
      if (caseFile.stage === 'closed') {
        throw new AppError('conflict', 'This case is closed: reopen it before orienting the holder.');
      }
      const offer = await orientableOffer(manager, caseFile.territoryId, request.offerId);
      const open = await manager.getRepository(Orientation).existsBy({
        caseId: caseFile.id,
        offerId: offer.id,
        status: In([...OPEN_ORIENTATION_STATUSES]),
      });
      if (open) {
        throw new AppError(
          'conflict',
          'This case is already oriented to this offer: wait for the partner’s answer, or for the accompaniment to be completed.',
        );
      }
      const orientation = await manager.save(
        manager.create(Orientation, {
          caseId: caseFile.id,
          territoryId: caseFile.territoryId,
          organisationId: offer.organisationId,
          offerId: offer.id,
          message: request.message,
          proposedById: user.id,
        }),
      );
      await addEvent(manager, user, { ...orientation, organisation: offer.organisation, offer }, 'proposed');
      await this.notifications.notify(manager, {
        kind: 'orientation_received',
        recipientIds: await organisationMembers(manager, offer.organisationId, 'advisor'),
        link: '/app/orientations',
        params: { ...(await caseLabel(manager, caseFile)), offerName: offer.name },
        caseId: caseFile.id,
        territoryId: caseFile.territoryId,
        actorId: user.id,
      });
      return orientation.id;
    });
    return this.one(orientationId);
  }

  /** A partner's advisor answers an orientation to their organisation; anyone else gets a 404. */
  async answer(
    user: User,
    orientationId: string,
    action: OrientationAction,
    request: { version: number; reason?: string },
  ): Promise<OrientationDto> {
    await this.dataSource.transaction(async (manager) => {
      const orientation = (await this.query(manager)
        .where('orientation.id = :orientationId', { orientationId })
        .setLock('pessimistic_write', undefined, ['orientation'])
        .getOne()) as LoadedOrientation | null;
      if (!orientation || !answersFor(user, orientation)) throw notFound('Orientation');
      if (orientation.version !== request.version) {
        throw new AppError(
          'conflict',
          'Someone answered this orientation since you opened it: reload it to see where it stands.',
        );
      }
      const moved = orientationMove(orientation.status, action, request);
      if (!moved.ok) {
        throw moved.refusal === 'reason_required'
          ? AppError.invalidField('reason', 'required', 'reason is required to decline an orientation')
          : refusedMove(orientation.status, action);
      }

      const now = new Date();
      await manager.update(Orientation, orientation.id, {
        status: moved.status,
        version: orientation.version + 1,
        ...(action === 'complete'
          ? { completedAt: now }
          : {
              answeredById: user.id,
              answeredAt: now,
              declineReason: action === 'decline' ? (request.reason ?? null) : null,
            }),
      });
      await addEvent(
        manager,
        user,
        orientation,
        moved.status,
        action === 'decline' ? request.reason : undefined,
      );
      await this.notifications.notify(manager, {
        kind: 'orientation_answered',
        recipientIds: [
          ...(await caseLead(manager, orientation.caseId)),
          ...(await caseHolders(manager, orientation.caseId)),
        ],
        link: caseLink(orientation.caseId),
        params: {
          ...(await caseLabel(manager, orientation.caseId)),
          organisationName: orientation.organisation.name,
          offerName: orientation.offer.name,
          status: moved.status,
        },
        caseId: orientation.caseId,
        territoryId: orientation.territoryId,
        actorId: user.id,
      });
    });
    return this.one(orientationId);
  }

  /** One orientation as its proposer or its partner sees it (both are staff). */
  private async one(orientationId: string): Promise<OrientationDto> {
    const row = await this.query().where('orientation.id = :orientationId', { orientationId }).getOneOrFail();
    return toDto(row as LoadedOrientation, 'staff');
  }

  /** Orientations with their organisation, offer and people, newest first. */
  private query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Orientation> {
    return manager
      .getRepository(Orientation)
      .createQueryBuilder('orientation')
      .innerJoinAndSelect('orientation.organisation', 'organisation')
      .innerJoinAndSelect('orientation.offer', 'offer')
      .innerJoinAndSelect('orientation.proposedBy', 'proposedBy')
      .leftJoinAndMapOne(
        'orientation.answeredBy',
        User,
        'answeredBy',
        'answeredBy.id = orientation.answeredById',
      )
      .orderBy('orientation.createdAt', 'DESC')
      .addOrderBy('orientation.id', 'DESC');
  }
}

/** Answering is the partner's: an advisor of the orientation's organisation, in its territory. */
function answersFor(user: User, orientation: Orientation): boolean {
  return (
    user.role === 'advisor' &&
    user.organisationId === orientation.organisationId &&
    user.territoryId === orientation.territoryId
  );
}

/**
 * The offer a case of this territory may be oriented to: a published accompaniment offer of a
 * published support organisation of the territory, other than the operator (whose advisors
 * already work every case). Anything else is a 400 naming `offerId`.
 */
async function orientableOffer(
  manager: EntityManager,
  territoryId: string,
  offerId: string,
): Promise<Offer & { organisation: Organisation }> {
  const offer = await manager.findOne(Offer, {
    where: { id: offerId, territoryId },
    relations: { organisation: true },
  });
  const refuse = (reason: string, message: string) => AppError.invalidField('offerId', reason, message);
  if (!offer?.organisation) throw refuse('not_found', 'offerId is not an offer of the case’s territory');
  if (offer.kind !== 'accompaniment') {
    throw refuse(
      'not_accompaniment',
      'offerId is a funding offer: orient the case to an accompaniment offer',
    );
  }
  if (!offer.published || !offer.organisation.published) {
    throw refuse('not_published', 'offerId is an offer no longer published in the directory');
  }
  const partner =
    offer.organisation.kind !== 'funder' &&
    offer.organisation.id !== (await operatorOf(manager, territoryId));
  if (!partner) {
    throw refuse('not_a_partner', 'offerId is not an offer of a partner support organisation');
  }
  return offer as Offer & { organisation: Organisation };
}

function refusedMove(status: OrientationStatus, action: OrientationAction): AppError {
  const allowed = orientationActions(status);
  return new AppError(
    'conflict',
    allowed.length === 0
      ? `This orientation is ${status}, which is final: it cannot be answered (${action}) any more.`
      : `This orientation is ${status}: it can only be answered with ${allowed.join(' or ')}, not ${action}.`,
  );
}

/** The shared timeline entry of an orientation's step; a decline's reason stays with the staff. */
function addEvent(
  manager: EntityManager,
  user: User,
  orientation: Pick<LoadedOrientation, 'id' | 'caseId' | 'territoryId' | 'organisation' | 'offer'>,
  step: OrientationStatus,
  /** Trimmed by the request's DTO. */
  reason?: string,
): Promise<unknown> {
  return manager.insert(CaseEvent, {
    caseId: orientation.caseId,
    territoryId: orientation.territoryId,
    kind: `orientation_${step}`,
    // CasesService removes `reason` from the payloads holders get.
    visibility: 'shared',
    actorId: user.id,
    payload: {
      orientationId: orientation.id,
      organisationName: orientation.organisation.name,
      offerName: orientation.offer.name,
      ...(reason ? { reason } : {}),
    },
  });
}

function toDto(row: LoadedOrientation, reader: 'holder' | 'staff'): OrientationDto {
  return {
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    organisation: { id: row.organisation.id, name: row.organisation.name },
    offer: { id: row.offer.id, name: row.offer.name },
    message: row.message,
    declineReason: reader === 'staff' ? row.declineReason : null,
    proposedBy: toPerson(row.proposedBy),
    answeredBy: row.answeredBy ? toPerson(row.answeredBy) : null,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    version: row.version,
  };
}

function caseSummary(row: LoadedOrientation): OrientationInboxItemDto['case'] {
  const caseFile = row.case!;
  const { project } = caseFile;
  return {
    id: caseFile.id,
    reference: caseFile.reference,
    stage: caseFile.stage,
    project: {
      name: project.name,
      summary: project.summary,
      legalForm: project.legalForm,
      sector: project.sector,
      stage: project.stage,
      commune: project.commune ? { code: project.commune.code, name: project.commune.name } : null,
    },
  };
}

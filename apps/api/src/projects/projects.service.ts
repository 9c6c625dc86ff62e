import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidSiret, type Locale, normaliseSiret } from '@essaim/domain';
import { type DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { hashLinkToken, newLinkToken } from '../common/link-tokens';
import { CaseFile } from '../cases/case-file.entity';
import { AppError, notFound } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { Diagnostic } from '../diagnostics/diagnostic.entity';
import { renderMail } from '../mail/layout';
import { MailService } from '../mail/mail.service';
import { Commune } from '../territories/commune.entity';
import { User } from '../users/user.entity';
import { normaliseEmail } from '../users/users.service';
import type {
  CreateProjectDto,
  ProjectDto,
  ProjectInvitationDto,
  ProjectRole,
  UpdateProjectDto,
} from './dto/project.dto';
import { ProjectAccessService } from './project-access.service';
import { ProjectInvitation } from './project-invitation.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';

const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ProjectAccessService,
    private readonly mail: MailService,
  ) {}

  /** The projects the holder holds or co-holds, newest first. */
  async list(user: User): Promise<ProjectDto[]> {
    const memberships = await this.dataSource.getRepository(ProjectMember).findBy({ userId: user.id });
    if (memberships.length === 0) return [];
    const projects = await this.dataSource.getRepository(Project).find({
      where: { id: In(memberships.map((member) => member.projectId)) },
      relations: { commune: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    const roles = new Map<string, ProjectRole>(memberships.map((member) => [member.projectId, member.role]));
    return this.toDtos(this.dataSource.manager, projects, roles);
  }

  async get(user: User, projectId: string): Promise<ProjectDto> {
    const role = await this.access.readable(user, projectId);
    return this.dto(this.dataSource.manager, projectId, role);
  }

  async create(user: User, input: CreateProjectDto): Promise<ProjectDto> {
    const territoryId = this.territoryOf(user);
    const siret = checkedSiret(input.siret);
    await this.assertCommune(territoryId, input.communeCode);
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(Project, {
        territoryId,
        name: input.name.trim(),
        summary: input.summary?.trim() ?? '',
        legalForm: input.legalForm,
        siret,
        sector: input.sector,
        stage: input.stage,
        communeCode: input.communeCode,
        jobsNow: input.jobsNow ?? 0,
        jobsPlanned: input.jobsPlanned ?? 0,
        fundingNeedCents: input.fundingNeedCents ?? 0,
      });
      const projectId = String(identifiers[0]?.['id']);
      await manager.insert(ProjectMember, { projectId, userId: user.id, role: 'owner' });
      return projectId;
    });
    return this.dto(this.dataSource.manager, id, 'owner');
  }

  /** Holders only; a stale `version` is a 409 and changes nothing. */
  async update(user: User, projectId: string, input: UpdateProjectDto): Promise<ProjectDto> {
    const role = await this.access.held(user, projectId);
    const { version, ...fields } = input;
    const changes: Partial<Project> = {};
    if (fields.name !== undefined) changes.name = fields.name.trim();
    if (fields.summary !== undefined) changes.summary = fields.summary.trim();
    if (fields.legalForm !== undefined) changes.legalForm = fields.legalForm;
    if (fields.siret !== undefined) changes.siret = checkedSiret(fields.siret);
    if (fields.sector !== undefined) changes.sector = fields.sector;
    if (fields.stage !== undefined) changes.stage = fields.stage;
    if (fields.jobsNow !== undefined) changes.jobsNow = fields.jobsNow;
    if (fields.jobsPlanned !== undefined) changes.jobsPlanned = fields.jobsPlanned;
    if (fields.fundingNeedCents !== undefined) changes.fundingNeedCents = fields.fundingNeedCents;
    if (fields.communeCode !== undefined) {
      const project = await this.dataSource.getRepository(Project).findOneByOrFail({ id: projectId });
      await this.assertCommune(project.territoryId, fields.communeCode);
      changes.communeCode = fields.communeCode;
    }
    // The version column goes up by one with every update (TypeORM adds `version = version + 1`).
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Project)
      .set(changes)
      .where('id = :projectId AND version = :version', { projectId, version })
      .execute();
    if (result.affected !== 1) {
      throw new AppError('conflict', 'The project changed since you read it: reload it and try again.');
    }
    return this.dto(this.dataSource.manager, projectId, role);
  }

  /** Stores only the token's hash; the mail goes through the outbox with the invitation. */
  async invite(user: User, projectId: string, email: string): Promise<ProjectInvitationDto> {
    await this.access.held(user, projectId);
    const project = await this.dataSource.getRepository(Project).findOneByOrFail({ id: projectId });
    const token = newLinkToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ProjectInvitation, {
          projectId,
          email: normaliseEmail(email),
          tokenHash: hashLinkToken(token),
          invitedById: user.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          acceptedAt: null,
        }),
      );
      const link = `${this.config.appUrl}/invitations/accept?token=${token}`;
      // In the invitee's language when they already have an account, else in the inviter's.
      const invitee = await manager.findOneBy(User, { email: saved.email });
      await this.mail.queue(manager, {
        to: saved.email,
        kind: 'invitation',
        recipientId: invitee?.id ?? null,
        territoryId: project.territoryId,
        ...invitationMail(invitee?.locale ?? user.locale, user, project.name, link),
      });
      return saved;
    });
    return toInvitationDto(invitation);
  }

  /** The link is the proof: whoever holds it joins as co-holder, once; already a holder is fine. */
  async acceptInvitation(user: User, token: string): Promise<ProjectDto> {
    const projectId = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(ProjectInvitation)
        .createQueryBuilder('invitation')
        .setLock('pessimistic_write')
        .where('invitation.tokenHash = :hash', { hash: hashLinkToken(token) })
        .getOne();
      if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) {
        throw new AppError('invalid_token', 'This invitation link is no longer valid: ask for a new one.');
      }
      const project = await manager.findOneByOrFail(Project, { id: invitation.projectId });
      if (project.territoryId !== user.territoryId) {
        throw new AppError('invalid_token', 'This invitation is for a project of another territory.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectMember)
        .values({ projectId: project.id, userId: user.id, role: 'co_holder' })
        .orIgnore()
        .execute();
      await manager.update(ProjectInvitation, invitation.id, { acceptedAt: new Date() });
      // The link came to this address: if it is the account's own, the address is proven.
      if (invitation.email === user.email) {
        await manager.update(
          User,
          { id: user.id, emailConfirmedAt: IsNull() },
          { emailConfirmedAt: new Date() },
        );
      }
      return project.id;
    });
    return this.get(user, projectId);
  }

  private territoryOf(user: User): string {
    if (!user.territoryId) throw new AppError('forbidden', 'Your account belongs to no territory.');
    return user.territoryId;
  }

  private async assertCommune(territoryId: string, code: string): Promise<void> {
    const found = await this.dataSource.getRepository(Commune).existsBy({ code, territoryId });
    if (!found) {
      throw AppError.invalidField(
        'communeCode',
        'unknown_commune',
        'communeCode is not the INSEE code of a commune of your territory',
      );
    }
  }

  private async dto(manager: EntityManager, projectId: string, role: ProjectRole): Promise<ProjectDto> {
    const project = await manager.getRepository(Project).findOne({
      where: { id: projectId },
      relations: { commune: true },
    });
    if (!project) throw notFound('Project');
    const [dto] = await this.toDtos(manager, [project], new Map([[projectId, role]]));
    return dto;
  }

  /** Members, pending invitations, latest diagnostic and case of several projects, in four queries. */
  private async toDtos(
    manager: EntityManager,
    projects: Project[],
    roles: Map<string, ProjectRole>,
  ): Promise<ProjectDto[]> {
    const ids = projects.map((project) => project.id);
    const [members, invitations, diagnostics, cases] = await Promise.all([
      manager.find(ProjectMember, {
        where: { projectId: In(ids) },
        relations: { user: true },
        order: { createdAt: 'ASC' },
      }),
      manager.find(ProjectInvitation, {
        where: { projectId: In(ids), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        order: { createdAt: 'ASC' },
      }),
      manager.find(Diagnostic, {
        select: { id: true, projectId: true, status: true, submittedAt: true, createdAt: true },
        where: { projectId: In(ids) },
        order: { createdAt: 'DESC' },
      }),
      manager.find(CaseFile, {
        select: { id: true, projectId: true, reference: true, stage: true, submittedAt: true },
        where: { projectId: In(ids) },
        order: { submittedAt: 'DESC' },
      }),
    ]);
    return projects.map((project) => {
      const role = roles.get(project.id) ?? 'staff';
      const staff = role === 'staff';
      // Staff see what was submitted to them, not the holders' drafts or whom they invited.
      const diagnostic = diagnostics.find(
        (candidate) => candidate.projectId === project.id && (!staff || candidate.status === 'submitted'),
      );
      const caseFile = cases.find((candidate) => candidate.projectId === project.id);
      return {
        id: project.id,
        name: project.name,
        summary: project.summary,
        legalForm: project.legalForm,
        siret: project.siret,
        sector: project.sector,
        stage: project.stage,
        commune: {
          code: project.communeCode,
          name: project.commune?.name ?? '',
          departementCode: project.commune?.departementCode ?? '',
        },
        jobsNow: project.jobsNow,
        jobsPlanned: project.jobsPlanned,
        fundingNeedCents: project.fundingNeedCents,
        version: project.version,
        createdAt: project.createdAt.toISOString(),
        updatedAt: project.updatedAt.toISOString(),
        myRole: role,
        members: members
          .filter((member) => member.projectId === project.id)
          .map((member) => ({
            userId: member.userId,
            firstName: member.user?.firstName ?? '',
            lastName: member.user?.lastName ?? '',
            role: member.role,
          })),
        pendingInvitations: staff
          ? []
          : invitations.filter((invitation) => invitation.projectId === project.id).map(toInvitationDto),
        latestDiagnostic: diagnostic
          ? {
              id: diagnostic.id,
              status: diagnostic.status,
              submittedAt: diagnostic.submittedAt?.toISOString() ?? null,
            }
          : null,
        case: caseFile ? { id: caseFile.id, reference: caseFile.reference, stage: caseFile.stage } : null,
      };
    });
  }
}

/** null for none; otherwise spaces removed, 14 digits and the Luhn check, else a 400 on `siret`. */
function checkedSiret(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const siret = normaliseSiret(value);
  if (siret === '') return null;
  if (!isValidSiret(siret)) {
    throw AppError.invalidField('siret', 'invalid_siret', 'siret must be 14 digits with a valid check digit');
  }
  return siret;
}

function toInvitationDto(invitation: ProjectInvitation): ProjectInvitationDto {
  return {
    id: invitation.id,
    email: invitation.email,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

function invitationMail(locale: Locale, inviter: User, projectName: string, link: string) {
  const who = `${inviter.firstName} ${inviter.lastName}`;
  return locale === 'fr'
    ? renderMail('fr', {
        title: `${who} vous invite sur le projet « ${projectName} »`,
        paragraphs: [
          'Bonjour,',
          `${who} vous invite à suivre avec elle ou lui le projet « ${projectName} » sur Essaim, en tant que co-porteur ou co-porteuse.`,
          'Pour accepter, connectez-vous (ou créez un compte) puis ouvrez ce lien dans les 7 jours. Il ne sert qu’une fois.',
          'Si vous ne connaissez pas cette personne, ignorez ce message.',
        ],
        action: { label: 'Accepter l’invitation', url: link },
      })
    : renderMail('en', {
        title: `${who} invites you to the project “${projectName}”`,
        paragraphs: [
          'Hello,',
          `${who} invites you to co-hold the project “${projectName}” on Essaim.`,
          'To accept, log in (or create an account), then open this link within 7 days. It works once.',
          'If you do not know this person, ignore this message.',
        ],
        action: { label: 'Accept the invitation', url: link },
      });
}

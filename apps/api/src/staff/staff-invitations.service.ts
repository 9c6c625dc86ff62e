import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@essaim/domain';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { hashLinkToken, newLinkToken } from '../common/link-tokens';
import { isUniqueViolation } from '../auth/auth.service';
import { PasswordsService } from '../auth/passwords.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { renderMail } from '../mail/layout';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { normaliseEmail, UsersService } from '../users/users.service';
import type { StaffInvitationPreviewDto, StaffRole } from './dto/staff.dto';
import { StaffInvitation } from './staff-invitation.entity';

const INVITATION_DAYS = 7;
const INVITATION_TTL_MS = INVITATION_DAYS * 24 * 60 * 60_000;

/** The new account of an invited member of staff. */
export interface Invitee {
  email: string;
  firstName: string;
  lastName: string;
  role: StaffRole;
  territoryId: string;
  organisationId: string | null;
  locale?: Locale;
}

/**
 * Staff accounts start invited: no password, a single-use link mailed to them, valid 7 days.
 * Opening it lets them choose a password, which activates the account and logs them in.
 */
@Injectable()
export class StaffInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
  ) {}

  /** Creates the invited account and mails its link, together; returns its id. */
  async invite(inviter: User, invitee: Invitee): Promise<string> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(User, {
          email: normaliseEmail(invitee.email),
          passwordHash: null,
          firstName: invitee.firstName,
          lastName: invitee.lastName,
          role: invitee.role,
          territoryId: invitee.territoryId,
          organisationId: invitee.organisationId,
          status: 'invited',
          locale: invitee.locale ?? 'fr',
        });
        const id = String(identifiers[0]?.['id']);
        await this.sendLink(manager, id, inviter);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(
          'email_taken',
          'An account already uses this email: find it in the list of users.',
        );
      }
      throw error;
    }
  }

  /**
   * Mails a new link to an invited account; its earlier links stop working. The account's
   * links are locked before the account, in the order accepting a link takes them.
   */
  async sendLink(manager: EntityManager, userId: string, inviter: User): Promise<void> {
    await manager.query(`SELECT id FROM staff_invitation WHERE user_id = $1 AND used_at IS NULL FOR UPDATE`, [
      userId,
    ]);
    const [locked] = await manager.query<{ status: string }[]>(
      `SELECT status FROM app_user WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (locked?.status !== 'invited') {
      throw new AppError(
        'conflict',
        'This person has already chosen a password: they log in with it, or reset it from the login page.',
      );
    }
    const invitee = await manager.findOneOrFail(User, {
      where: { id: userId },
      relations: { territory: true, organisation: true },
    });
    await manager.delete(StaffInvitation, { userId, usedAt: IsNull() });
    const token = newLinkToken();
    await manager.insert(StaffInvitation, {
      userId,
      tokenHash: hashLinkToken(token),
      invitedById: inviter.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await this.mail.queue(manager, {
      to: invitee.email,
      kind: 'staff_invitation',
      recipientId: invitee.id,
      territoryId: invitee.territoryId,
      ...invitationMail(invitee, inviter, `${this.config.appUrl}/staff-invitation?token=${token}`),
    });
  }

  /** Links of the account stop working (it was disabled). */
  async revokeLinks(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(StaffInvitation, { userId, usedAt: IsNull() });
  }

  /** What the link is for, shown before the invitee chooses a password. */
  async preview(token: string): Promise<StaffInvitationPreviewDto> {
    const { invitation, user } = await validInvitation(this.dataSource.manager, token, false);
    const inviter = invitation.invitedById
      ? await this.dataSource.manager.findOneBy(User, { id: invitation.invitedById })
      : null;
    return {
      email: user.email,
      firstName: user.firstName,
      role: user.role,
      territory: { code: user.territory!.code, name: user.territory!.name },
      organisation: user.organisation ? { name: user.organisation.name } : null,
      invitedBy: inviter
        ? { id: inviter.id, firstName: inviter.firstName, lastName: inviter.lastName }
        : null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Sets the password and activates the account, and burns the link, together; returns the active user. */
  async accept(token: string, password: string): Promise<User> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const { invitation, user } = await validInvitation(manager, token, true);
      this.passwords.assertAcceptable(password, user.email);
      const activated = await manager.update(
        User,
        { id: user.id, status: 'invited' },
        {
          passwordHash: await this.passwords.hash(password),
          status: 'active',
          lastLoginAt: new Date(),
          // The link came by mail: the address is theirs.
          emailConfirmedAt: new Date(),
        },
      );
      if (activated.affected !== 1) throw invalidToken();
      await manager.update(StaffInvitation, invitation.id, { usedAt: new Date() });
      return user.id;
    });
    const user = await this.users.findActiveById(userId);
    if (!user) throw invalidToken();
    return user;
  }
}

/** The link's invitation and its still-invited account, or the one answer for any link that no longer works. */
async function validInvitation(
  manager: EntityManager,
  token: string,
  lock: boolean,
): Promise<{ invitation: StaffInvitation; user: User }> {
  const query = manager
    .getRepository(StaffInvitation)
    .createQueryBuilder('invitation')
    .where('invitation.tokenHash = :hash', { hash: hashLinkToken(token) });
  if (lock) query.setLock('pessimistic_write');
  const invitation = await query.getOne();
  const user =
    invitation &&
    (await manager.findOne(User, {
      where: { id: invitation.userId, status: 'invited' },
      relations: { territory: true, organisation: true },
    }));
  if (!invitation || !user?.territory || invitation.usedAt || invitation.expiresAt.getTime() < Date.now()) {
    throw invalidToken();
  }
  return { invitation, user };
}

function invalidToken(): AppError {
  return new AppError(
    'invalid_token',
    'This invitation link is no longer valid: ask the person who invited you for a new one.',
  );
}

const ROLE_NAMES: Record<Locale, Record<StaffRole, string>> = {
  fr: {
    advisor: 'chargé·e d’accompagnement',
    funder: 'financeur',
    territory_admin: 'administrateur·rice du territoire',
  },
  en: { advisor: 'advisor', funder: 'funder', territory_admin: 'territory administrator' },
};

function invitationMail(invitee: User, inviter: User, link: string) {
  const locale: Locale = invitee.locale === 'en' ? 'en' : 'fr';
  const role = ROLE_NAMES[locale][invitee.role as StaffRole];
  const territory = invitee.territory?.name ?? '';
  const organisation = invitee.organisation ? ` (${invitee.organisation.name})` : '';
  const from = `${inviter.firstName} ${inviter.lastName}`;
  return locale === 'fr'
    ? renderMail('fr', {
        title: `votre invitation pour le territoire ${territory}`,
        paragraphs: [
          `Bonjour ${invitee.firstName},`,
          `${from} vous invite à rejoindre Essaim, la plateforme d’accompagnement des projets de l’ESS du territoire ${territory}, en tant que ${role}${organisation}.`,
          `Pour activer votre compte et choisir votre mot de passe, ouvrez ce lien dans les ${INVITATION_DAYS} jours. Il ne sert qu’une fois ; s’il ne fonctionne plus, demandez-en un nouveau à ${from}.`,
          'Si vous ne vous attendiez pas à ce message, ignorez-le : aucun compte ne sera activé.',
        ],
        action: { label: 'Activer mon compte', url: link },
      })
    : renderMail('en', {
        title: `your invitation for the territory ${territory}`,
        paragraphs: [
          `Hello ${invitee.firstName},`,
          `${from} invites you to join Essaim, the platform that supports social and solidarity economy projects in the territory ${territory}, as ${role}${organisation}.`,
          `To activate your account and choose your password, open this link within ${INVITATION_DAYS} days. It works once; if it no longer works, ask ${from} for a new one.`,
          'If you did not expect this message, ignore it: no account will be activated.',
        ],
        action: { label: 'Activate my account', url: link },
      });
}

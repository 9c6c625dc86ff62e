import { hashLinkToken, newLinkToken } from '../common/link-tokens';
import { isOperatorStaff } from '../cases/case-access';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@essaim/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { endSessionsOf } from '../common/sessions';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { renderMail } from '../mail/layout';
import { MailService } from '../mail/mail.service';
import { Territory } from '../territories/territory.entity';
import { User } from '../users/user.entity';
import { normaliseEmail, UsersService } from '../users/users.service';
import type { MeDto, SignupDto } from './dto/auth.dto';
import { EmailConfirmationService } from './email-confirmation.service';
import { PasswordResetToken } from './password-reset-token.entity';
import { PasswordsService } from './passwords.service';
import { type Limit, RateLimiterService } from './rate-limiter.service';

const MINUTE = 60_000;
const RESET_TOKEN_TTL_MS = 60 * MINUTE;

const accountLoginLimit = (email: string): Limit => ({
  scope: 'login-email',
  subject: normaliseEmail(email),
  max: 5,
  windowMs: 15 * MINUTE,
});
const ipLoginLimit = (ip: string): Limit => ({
  scope: 'login-ip',
  subject: ip,
  max: 30,
  windowMs: 15 * MINUTE,
});
const signupLimits = (ip: string): Limit[] => [
  { scope: 'signup-ip', subject: ip, max: 20, windowMs: 60 * MINUTE },
];
const resetEmailLimit = (email: string): Limit => ({
  scope: 'reset-email',
  subject: normaliseEmail(email),
  max: 3,
  windowMs: 60 * MINUTE,
});
const resetIpLimit = (ip: string): Limit => ({
  scope: 'reset-ip',
  subject: ip,
  max: 20,
  windowMs: 60 * MINUTE,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly passwords: PasswordsService,
    private readonly limiter: RateLimiterService,
    private readonly mail: MailService,
    private readonly confirmations: EmailConfirmationService,
  ) {}

  /** The same answer, after the same work, for an unknown email and a wrong password. */
  async login(email: string, password: string, ip: string): Promise<User> {
    const accountLimit = accountLoginLimit(email);
    const attempt = await this.limiter.consume([accountLimit, ipLoginLimit(ip)]);
    const candidate = await this.users.findByEmailWithPassword(email);
    const valid = await this.passwords.verify(candidate?.passwordHash, password);
    if (!candidate || !valid || candidate.status !== 'active') {
      throw new AppError('invalid_credentials', 'Wrong email or password.');
    }
    // Only failures count: a success unlocks the account and does not weigh on its address.
    await this.limiter.takeBack(attempt);
    await this.limiter.clear([accountLimit]);
    await this.dataSource.getRepository(User).update(candidate.id, { lastLoginAt: new Date() });
    return this.activeUser(candidate.id);
  }

  async signup(input: SignupDto, ip: string): Promise<User> {
    await this.limiter.consume(signupLimits(ip));
    const email = normaliseEmail(input.email);
    this.passwords.assertAcceptable(input.password, email);
    const territory = await this.dataSource
      .getRepository(Territory)
      .findOneBy({ code: input.territoryCode.toLowerCase() });
    if (!territory)
      throw AppError.invalidField('territoryCode', 'unknown_territory', 'territoryCode names no territory');
    const passwordHash = await this.passwords.hash(input.password);
    try {
      // The account and the link confirming its email, together.
      const id = await this.dataSource.transaction(async (manager) => {
        const account = {
          email,
          passwordHash,
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
          role: 'holder' as const,
          territoryId: territory.id,
          status: 'active' as const,
          termsAcceptedAt: new Date(),
        };
        const { identifiers } = await manager.insert(User, account);
        const userId = String(identifiers[0]?.['id']);
        await this.confirmations.issue(manager, { ...account, id: userId, locale: 'fr' });
        return userId;
      });
      return this.activeUser(id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(
          'email_taken',
          'An account already uses this email: log in, or reset its password.',
        );
      }
      throw error;
    }
  }

  async updateLocale(user: User, locale: Locale): Promise<User> {
    await this.dataSource.getRepository(User).update(user.id, { locale });
    return this.activeUser(user.id);
  }

  /** Always the same outcome for the caller; a mail goes out only for an active account. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.limiter.consume([resetIpLimit(ip)]);
    const user = await this.users.findByEmailWithPassword(email);
    if (!user || user.status !== 'active') return;
    // Past the per-account limit, say nothing different: just send no more mail.
    if ((await this.limiter.tryConsume([resetEmailLimit(email)])).retryAfter > 0) return;
    const token = newLinkToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetToken, {
        userId: user.id,
        tokenHash: hashLinkToken(token),
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
      });
      await this.mail.queue(manager, {
        to: user.email,
        kind: 'password_reset',
        recipientId: user.id,
        territoryId: user.territoryId,
        ...resetMail(user, `${this.config.appUrl}/reset-password?token=${token}`),
      });
    });
  }

  /** Sets the password, burns the token and ends every session of the account, together; unlocks the login. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const email = await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordResetToken)
        .createQueryBuilder('reset')
        .setLock('pessimistic_write')
        .where('reset.tokenHash = :hash', { hash: hashLinkToken(token) })
        .getOne();
      const user = reset && (await manager.findOneBy(User, { id: reset.userId, status: 'active' }));
      if (!reset || !user || reset.usedAt || reset.expiresAt.getTime() < Date.now()) {
        throw new AppError('invalid_token', 'This reset link is no longer valid: ask for a new one.');
      }
      this.passwords.assertAcceptable(password, user.email);
      await manager.update(User, user.id, { passwordHash: await this.passwords.hash(password) });
      await manager.update(PasswordResetToken, reset.id, { usedAt: new Date() });
      await endSessionsOf(manager, user.id);
      return user.email;
    });
    // Whoever proved they own the mailbox is no longer locked out by earlier failures.
    await this.limiter.clear([accountLoginLimit(email)]);
  }

  private async activeUser(id: string): Promise<User> {
    const user = await this.users.findActiveById(id);
    if (!user) throw new AppError('invalid_credentials', 'Wrong email or password.');
    return user;
  }
}

export function toMe(user: User): MeDto {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
    territory: user.territory ? { code: user.territory.code, name: user.territory.name } : null,
    organisation: user.organisation
      ? { id: user.organisation.id, name: user.organisation.name, kind: user.organisation.kind }
      : null,
    operatorStaff: isOperatorStaff(user, user.territory?.operatorOrganisationId ?? null),
    emailConfirmed: user.emailConfirmedAt !== null,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}

function resetMail(user: User, link: string) {
  return user.locale === 'en'
    ? renderMail('en', {
        title: 'choose a new password',
        paragraphs: [
          `Hello ${user.firstName},`,
          'To choose a new password, open this link within the hour.',
          'If you did not ask for it, ignore this message: your password stays the same.',
        ],
        action: { label: 'Choose a new password', url: link },
      })
    : renderMail('fr', {
        title: 'choisir un nouveau mot de passe',
        paragraphs: [
          `Bonjour ${user.firstName},`,
          'Pour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure.',
          'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
        ],
        action: { label: 'Choisir un nouveau mot de passe', url: link },
      });
}

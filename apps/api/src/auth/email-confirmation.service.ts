import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hashLinkToken, newLinkToken } from '../common/link-tokens';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { renderMail } from '../mail/layout';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { EmailConfirmationToken } from './email-confirmation-token.entity';
import { RateLimiterService } from './rate-limiter.service';

const CONFIRMATION_TTL_MS = 24 * 60 * 60_000;

/**
 * A new holder proves they read their mailbox with a link mailed at signup (valid 24 hours, once):
 * until then they can work but not submit a diagnostic (docs/contracts/notifications.md).
 */
@Injectable()
export class EmailConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly limiter: RateLimiterService,
  ) {}

  /** A new link and its mail, in the caller's transaction. */
  async issue(
    manager: EntityManager,
    user: Pick<User, 'id' | 'email' | 'firstName' | 'locale' | 'territoryId'>,
  ): Promise<void> {
    const token = newLinkToken();
    await manager.insert(EmailConfirmationToken, {
      userId: user.id,
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(Date.now() + CONFIRMATION_TTL_MS),
    });
    await this.mail.queue(manager, {
      to: user.email,
      kind: 'email_confirmation',
      recipientId: user.id,
      territoryId: user.territoryId,
      ...confirmationMail(user, `${this.config.appUrl}/confirm-email?token=${token}`),
    });
  }

  /** Confirms the link's account and burns the link; any link that no longer works is one 400. */
  async confirm(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await manager
        .getRepository(EmailConfirmationToken)
        .createQueryBuilder('link')
        .setLock('pessimistic_write')
        .where('link.tokenHash = :hash', { hash: hashLinkToken(token) })
        .getOne();
      if (!link || link.usedAt || link.expiresAt.getTime() < Date.now()) {
        throw new AppError(
          'invalid_token',
          'This confirmation link is no longer valid: log in and ask for a new one.',
        );
      }
      const now = new Date();
      await manager.update(EmailConfirmationToken, link.id, { usedAt: now });
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ emailConfirmedAt: now })
        .where('id = :id AND email_confirmed_at IS NULL', { id: link.userId })
        .execute();
    });
  }

  /** A new link for the caller, unless their email is already confirmed (then nothing); rate-limited. */
  async resend(user: User): Promise<void> {
    if (user.emailConfirmedAt) return;
    await this.limiter.consume([{ scope: 'confirm-email', subject: user.id, max: 5, windowMs: 60 * 60_000 }]);
    await this.dataSource.transaction((manager) => this.issue(manager, user));
  }
}

function confirmationMail(user: Pick<User, 'firstName' | 'locale'>, link: string) {
  return user.locale === 'en'
    ? renderMail('en', {
        title: 'confirm your email address',
        paragraphs: [
          `Hello ${user.firstName},`,
          'Welcome to Essaim. To confirm that this address is yours, open this link within 24 hours. You will then be able to send your diagnostic.',
          'If you did not create an account, ignore this message.',
        ],
        action: { label: 'Confirm my address', url: link },
      })
    : renderMail('fr', {
        title: 'confirmez votre adresse e-mail',
        paragraphs: [
          `Bonjour ${user.firstName},`,
          'Bienvenue sur Essaim. Pour confirmer que cette adresse est la vôtre, ouvrez ce lien dans les 24 heures. Vous pourrez ensuite envoyer votre diagnostic.',
          'Si vous n’avez pas créé de compte, ignorez ce message.',
        ],
        action: { label: 'Confirmer mon adresse', url: link },
      });
}

import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/env';

/** What became of one delivery job. */
export type DeliveryOutcome = 'sent' | 'console' | 'skipped';

/** The SMTP server refused or could not be reached; recorded on the mail, then retried by pg-boss. */
export class DeliveryError extends Error {}

interface LockedMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: string;
}

/**
 * At most this many SMTP connections at once, reused between mails, and as many database
 * connections: each delivery holds one, its mail's row locked, while it talks to the SMTP server.
 */
export const SMTP_CONNECTIONS = 8;

/**
 * Sends one outbox mail: locks its row (`FOR UPDATE SKIP LOCKED`), does nothing unless it is
 * still `pending`, sends it through SMTP (`SMTP_URL`) or writes it to the console without SMTP,
 * and records the outcome on the row, in one transaction. A second worker holding the same
 * mail's job finds the row locked or no longer pending: a mail goes out once.
 */
@Injectable()
export class MailDeliveryService implements OnModuleDestroy {
  private readonly transport: Transporter | null;
  private readonly logger = new Logger(MailDeliveryService.name);

  /**
   * The deliveries' own connections (opened when mails go out, closed when idle): a slow SMTP server
   * then never holds the web requests' connections.
   */
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.pool = new Pool({ connectionString: config.databaseUrl, max: SMTP_CONNECTIONS });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    this.pool.on('error', (error) => this.logger.warn(`mail pool connection lost: ${error.message}`));
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS })
      : null;
  }

  /** `lastAttempt`: a failure now is final (the mail becomes `failed`). Throws `DeliveryError` on failure. */
  async deliver(mailId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const client = await this.pool.connect();
    let failure: DeliveryError | null = null;
    let open = false;
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      open = true;
      const {
        rows: [mail],
      } = await client.query<LockedMail>(
        `SELECT id, to_address, subject, text_body, html_body, status
           FROM outbox_mail WHERE id = $1 FOR UPDATE SKIP LOCKED`,
        [mailId],
      );
      let outcome: DeliveryOutcome = 'skipped';
      if (mail?.status === 'pending') {
        if (!this.transport) {
          this.toConsole(mail);
          await client.query(
            `UPDATE outbox_mail SET status = 'console', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
            [mail.id],
          );
          outcome = 'console';
        } else {
          try {
            await this.transport.sendMail({
              from: this.config.mail.from,
              to: mail.to_address,
              subject: mail.subject,
              text: mail.text_body,
              ...(mail.html_body ? { html: mail.html_body } : {}),
            });
            await client.query(
              `UPDATE outbox_mail SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
              [mail.id],
            );
            outcome = 'sent';
          } catch (error) {
            failure = new DeliveryError(describe(error));
            await client.query(
              `UPDATE outbox_mail SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`,
              [mail.id, failure.message, lastAttempt ? 'failed' : 'pending'],
            );
          }
        }
      }
      await client.query('COMMIT');
      open = false;
      if (failure) {
        this.logger.warn(
          `Mail ${mailId} not delivered${lastAttempt ? ' (last attempt: failed)' : ', will retry'}: ${failure.message}`,
        );
        throw failure;
      }
      return outcome;
    } catch (error) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      broken = error instanceof DeliveryError ? undefined : (error as Error);
      throw error;
    } finally {
      // A connection that failed is closed rather than handed to the next mail.
      client.release(broken);
    }
  }

  /** Without SMTP (local use, the demo): the mail itself, and nothing else, on the console. */
  private toConsole(mail: LockedMail): void {
    if (!this.config.mailToConsole) return;
    process.stdout.write(
      `\n----- mail (no SMTP_URL: kept in the outbox) -----\nTo: ${mail.to_address}\nSubject: ${mail.subject}\n\n${mail.text_body}\n---------------------------------------------------\n`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.transport?.close();
    await this.pool.end();
  }
}

/** An SMTP error as the admins may see it: the server's answer, never the message itself. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 500) || 'Unknown SMTP error';
}

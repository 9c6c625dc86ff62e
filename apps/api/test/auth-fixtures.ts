import type { Territory } from '../src/territories/territory.entity';
import type { TestContext } from './test-app';
import { uniqueName } from './test-database';

/** A password the policy accepts, other than the factories' TEST_PASSWORD. */
export const OTHER_PASSWORD = 'Une autre phrase, bien à moi';

export interface SignupBody {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  territoryCode: string;
  acceptTerms: boolean;
}

/** A valid signup in the territory, with a fresh email. */
export function signupBody(territory: Territory, overrides: Partial<SignupBody> = {}): SignupBody {
  return {
    email: `${uniqueName('camille')}@example.org`,
    password: 'Le vent se lève, il faut tenter de vivre',
    firstName: 'Camille',
    lastName: 'Durand',
    territoryCode: territory.code,
    acceptTerms: true,
    ...overrides,
  };
}

export async function userCountWithEmail(ctx: TestContext, email: string): Promise<number> {
  const [row] = await ctx.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM app_user WHERE lower(email) = lower($1)',
    [email],
  );
  return row?.count ?? 0;
}

export interface OutboxRow {
  to_address: string;
  subject: string;
  text_body: string;
}

export function mailsTo(ctx: TestContext, email: string): Promise<OutboxRow[]> {
  return ctx.dataSource.query(
    'SELECT to_address, subject, text_body FROM outbox_mail WHERE to_address = $1 ORDER BY created_at',
    [email],
  );
}

/** The token of the newest reset link mailed to this address. */
export async function mailedResetToken(ctx: TestContext, email: string): Promise<string> {
  const mails = await mailsTo(ctx, email);
  const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text_body ?? '')?.[1];
  if (!token) throw new Error(`No reset link was mailed to ${email}.`);
  return token;
}

export interface SessionRow {
  sid: string;
  sess: { userId?: string; loggedInAt?: number };
}

/** The session store's rows that belong to this user. */
export function sessionsOf(ctx: TestContext, userId: string): Promise<SessionRow[]> {
  return ctx.dataSource.query(`SELECT sid, sess FROM user_session WHERE sess->>'userId' = $1`, [userId]);
}

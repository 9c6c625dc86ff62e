import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { RateLimitHit } from './rate-limit-hit.entity';

export interface Limit {
  /** What is counted, e.g. `login:email` with the email as subject. */
  scope: string;
  subject: string;
  max: number;
  windowMs: number;
}

/**
 * Counts attempts in PostgreSQL, so that every API instance shares one count. An attempt is
 * recorded before it is judged, so that attempts sent at the same time cannot all slip under
 * the limit; an attempt refused for being over the limit is taken back and does not count.
 */
@Injectable()
export class RateLimiterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one attempt; throws 429 with the seconds to wait when it goes past a limit. */
  async consume(limits: Limit[]): Promise<Attempt> {
    const attempt = await this.tryConsume(limits);
    if (attempt.retryAfter > 0) {
      throw new AppError(
        'too_many_requests',
        `Too many attempts: try again in ${attempt.retryAfter} seconds.`,
        undefined,
        attempt.retryAfter,
      );
    }
    return attempt;
  }

  /** Like consume, but answers with `retryAfter > 0` instead of throwing. */
  async tryConsume(limits: Limit[]): Promise<Attempt> {
    const inserted = await this.dataSource
      .getRepository(RateLimitHit)
      .insert(limits.map((limit) => ({ key: keyOf(limit) })));
    const attempt = { ids: inserted.identifiers.map((row) => String(row['id'])), retryAfter: 0 };
    for (const limit of limits) {
      const [row] = await this.dataSource.query<{ hits: number; oldest: Date | null }[]>(
        `SELECT count(*)::int AS hits, min(hit_at) AS oldest FROM rate_limit_hit
          WHERE key = $1 AND hit_at > now() - make_interval(secs => $2)`,
        [keyOf(limit), limit.windowMs / 1000],
      );
      if (row && row.hits > limit.max && row.oldest) {
        const wait = Math.ceil((row.oldest.getTime() + limit.windowMs - Date.now()) / 1000);
        attempt.retryAfter = Math.max(attempt.retryAfter, wait, 1);
      }
    }
    if (attempt.retryAfter > 0) await this.takeBack(attempt);
    return attempt;
  }

  /** Forgets one attempt (a successful login does not count against its address). */
  async takeBack(attempt: Attempt): Promise<void> {
    if (attempt.ids.length > 0) await this.dataSource.getRepository(RateLimitHit).delete(attempt.ids);
  }

  /** Forgets every attempt under these limits (a successful login or reset unlocks the account). */
  async clear(limits: Limit[]): Promise<void> {
    await this.dataSource.getRepository(RateLimitHit).delete(limits.map((limit) => ({ key: keyOf(limit) })));
  }
}

export interface Attempt {
  ids: string[];
  /** Seconds to wait; 0 when the attempt was within every limit. */
  retryAfter: number;
}

function keyOf(limit: Limit): string {
  return `${limit.scope}:${createHash('sha256').update(limit.subject).digest('base64url')}`;
}

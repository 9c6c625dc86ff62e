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

/** Counts attempts in PostgreSQL, so that every API instance shares one count. */
@Injectable()
export class RateLimiterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws 429 with the seconds to wait when any limit is already reached. */
  async assertUnder(limits: Limit[]): Promise<void> {
    const retryAfter = await this.secondsToWait(limits);
    if (retryAfter > 0) {
      throw new AppError(
        'too_many_requests',
        `Too many attempts: try again in ${retryAfter} seconds.`,
        undefined,
        retryAfter,
      );
    }
  }

  /** 0 when every limit still has room. */
  async secondsToWait(limits: Limit[]): Promise<number> {
    let retryAfter = 0;
    for (const limit of limits) {
      const [row] = await this.dataSource.query<{ hits: number; oldest: Date | null }[]>(
        `SELECT count(*)::int AS hits, min(hit_at) AS oldest FROM rate_limit_hit
          WHERE key = $1 AND hit_at > now() - make_interval(secs => $2)`,
        [keyOf(limit), limit.windowMs / 1000],
      );
      if (row && row.hits >= limit.max && row.oldest) {
        const wait = Math.ceil((row.oldest.getTime() + limit.windowMs - Date.now()) / 1000);
        retryAfter = Math.max(retryAfter, wait, 1);
      }
    }
    return retryAfter;
  }

  async hit(limits: Limit[]): Promise<void> {
    await this.dataSource.getRepository(RateLimitHit).insert(limits.map((limit) => ({ key: keyOf(limit) })));
  }

  async clear(limits: Limit[]): Promise<void> {
    await this.dataSource.getRepository(RateLimitHit).delete(limits.map((limit) => ({ key: keyOf(limit) })));
  }
}

function keyOf(limit: Limit): string {
  return `${limit.scope}:${createHash('sha256').update(limit.subject).digest('base64url')}`;
}

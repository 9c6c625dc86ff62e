import type { OfferMatch } from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { OFFER_COLUMNS, OFFER_FROM, type OfferRow, toOfferSummary } from '../directory/directory-rows';
import type { MatchDto } from './dto/diagnostic.dto';

/**
 * The matches stored at submission, joined to the offers as they are now: an offer or an
 * organisation unpublished since then is left out, the order is kept.
 */
export async function matchesWithOffers(manager: EntityManager, matches: OfferMatch[]): Promise<MatchDto[]> {
  if (matches.length === 0) return [];
  const rows: OfferRow[] = await manager.query(
    `SELECT ${OFFER_COLUMNS} FROM ${OFFER_FROM} WHERE o.id = ANY($1::uuid[]) AND o.published AND org.published`,
    [matches.map((match) => match.offerId)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return matches.flatMap((match) => {
    const row = byId.get(match.offerId);
    return row
      ? [{ score: match.score, needs: match.needs, local: match.local, offer: toOfferSummary(row) }]
      : [];
  });
}

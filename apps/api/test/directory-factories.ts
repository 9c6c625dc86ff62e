import { refreshOfferSearchText } from '../src/directory/search-text';
import { Offer } from '../src/directory/offer.entity';
import { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { TestContext } from './test-app';

/** A commune of the territory; its département is its code's first two characters. */
export function newCommune(
  ctx: TestContext,
  territory: Territory,
  commune: { code: string; name: string; postalCodes?: string[] },
): Promise<Commune> {
  return ctx.dataSource.getRepository(Commune).save({
    code: commune.code,
    name: commune.name,
    departementCode: commune.code.slice(0, 2),
    territoryId: territory.id,
    postalCodes: commune.postalCodes ?? [],
  });
}

/** A published accompaniment offer serving every need given, with its search text, as the API keeps it. */
export async function newOffer(
  ctx: TestContext,
  organisation: Organisation,
  overrides: Partial<Offer> = {},
): Promise<Offer> {
  const offer = await ctx.dataSource.getRepository(Offer).save({
    territoryId: organisation.territoryId,
    organisationId: organisation.id,
    name: 'Accompagnement',
    summary: '',
    kind: 'accompaniment',
    needCategories: ['business_model'],
    ...overrides,
  });
  await refreshOfferSearchText(ctx.dataSource.manager, { offerIds: [offer.id] });
  return offer;
}

/** A funding offer: the given instrument, 1 000 to 10 000 euros unless told otherwise. */
export function newFundingOffer(
  ctx: TestContext,
  organisation: Organisation,
  overrides: Partial<Offer> & Pick<Offer, 'instrument'>,
): Promise<Offer> {
  return newOffer(ctx, organisation, {
    kind: 'funding',
    needCategories: ['funding'],
    amountMinCents: 100_000,
    amountMaxCents: 1_000_000,
    ...overrides,
  });
}

/** Names of a page of offers or organisations, for readable assertions. */
export function namesOf(body: { items: { name: string }[] }): string[] {
  return body.items.map((item) => item.name);
}

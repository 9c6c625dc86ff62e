import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { OfferSummary } from '../../api/directory';

import { formatEuros } from './money';

/** "De 5 000 € à 30 000 €", "Jusqu'à 8 000 €", "À partir de 1 000 €", or nothing. */
export function amountRange(
  t: TFunction,
  offer: Pick<OfferSummary, 'amountMinCents' | 'amountMaxCents'>,
  locale: string,
): string | null {
  const { amountMinCents: min, amountMaxCents: max } = offer;
  if (min !== null && max !== null) {
    if (min === max) return t('directory.amount.exactly', { amount: formatEuros(min, locale) });
    return t('directory.amount.between', { min: formatEuros(min, locale), max: formatEuros(max, locale) });
  }
  if (max !== null) return t('directory.amount.upTo', { max: formatEuros(max, locale) });
  if (min !== null) return t('directory.amount.from', { min: formatEuros(min, locale) });
  return null;
}

/** The kind of an offer, and for a funding its instrument: "Financement · Prêt d'honneur". */
export function offerKindLabel(t: TFunction, offer: Pick<OfferSummary, 'kind' | 'instrument'>): string {
  const kind = t(`directory.vocab.offerKinds.${offer.kind}`);
  return offer.kind === 'funding' && offer.instrument
    ? `${kind} · ${t(`directory.vocab.instruments.${offer.instrument}`)}`
    : kind;
}

export const PLAIN_LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** One offer of the directory. `headingLevel` keeps the page outline right where the card appears. */
export function OfferCard({
  offer,
  headingLevel = 2,
  showOrganisation = true,
}: {
  offer: OfferSummary;
  headingLevel?: 2 | 3;
  showOrganisation?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const amount = amountRange(t, offer, i18n.language);
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge
            variant="light"
            // Honey is the accent of funding; its darkest shade keeps the text above 4.5:1.
            {...(offer.kind === 'funding' ? { bg: 'honey.1', c: 'honey.9' } : { color: 'essaim' })}
            tt="none"
          >
            {offerKindLabel(t, offer)}
          </Badge>
        </Group>
        <Title order={headingLevel} fz="h4" style={{ overflowWrap: 'anywhere' }}>
          {offer.name}
        </Title>
        {showOrganisation && (
          <Text size="sm">
            {t('directory.card.by')}{' '}
            <Anchor component={Link} to={`/directory/organisations/${offer.organisation.id}`}>
              {offer.organisation.name}
            </Anchor>
          </Text>
        )}
        {offer.summary && <Text style={{ overflowWrap: 'anywhere' }}>{offer.summary}</Text>}
        {amount && (
          <Text fw={600}>
            <span className="visually-hidden">{t('directory.card.amount')} </span>
            {amount}
          </Text>
        )}
        {offer.needCategories.length > 0 && (
          <Group gap={6} wrap="wrap" component="ul" aria-label={t('directory.card.needs')} style={PLAIN_LIST}>
            {offer.needCategories.map((need) => (
              <li key={need}>
                <Badge variant="outline" color="gray.8" tt="none" fw={500}>
                  {t(`directory.vocab.needs.${need}`)}
                </Badge>
              </li>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

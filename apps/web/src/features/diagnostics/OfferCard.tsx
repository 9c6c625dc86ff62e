import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MatchDto } from '../../api/diagnostics';
import { useFormatters } from '../projects/format';

/** An offer that matches the holder's needs: who offers it, what it is, how much, which needs. */
export function OfferCard({ match, headingId }: { match: MatchDto; headingId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { offer } = match;
  const min = offer.amountMinCents;
  const max = offer.amountMaxCents;
  const amount =
    min !== null && max !== null
      ? t('results.amountBetween', { min: format.euros(min), max: format.euros(max) })
      : min !== null
        ? t('results.amountFrom', { min: format.euros(min) })
        : max !== null
          ? t('results.amountUpTo', { max: format.euros(max) })
          : null;
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t(`results.kinds.${offer.kind}`)}</Badge>
          {offer.instrument !== null && (
            <Badge variant="outline">{t(`results.instruments.${offer.instrument}`)}</Badge>
          )}
          {match.local && (
            <Badge variant="light" color="gray">
              {t('results.local')}
            </Badge>
          )}
        </Group>
        <Title
          order={3}
          fz="h4"
          id={headingId}
          tabIndex={-1}
          className="page-heading"
          style={{ overflowWrap: 'anywhere' }}
        >
          {offer.name}
        </Title>
        <Text size="sm">
          {t('results.offeredBy')}{' '}
          <Anchor component={Link} to={`/directory/organisations/${offer.organisation.id}`}>
            {offer.organisation.name}
          </Anchor>
        </Text>
        {offer.summary !== '' && <Text size="sm">{offer.summary}</Text>}
        {amount !== null && (
          <Text size="sm" fw={600}>
            {amount}
          </Text>
        )}
        {match.needs.length > 0 && (
          <Text size="sm">
            {t('results.answers', {
              needs: match.needs.map((need) => t(`results.needs.${need}`)).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

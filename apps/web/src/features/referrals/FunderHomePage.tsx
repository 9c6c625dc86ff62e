import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useReferralCounts, type ReferralCountsDto } from '../../api/referrals';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { PLAIN_LIST } from '../directory/OfferCard';
import { useCurrentUser } from '../shell/current-user';

/** The funder's home's tiles: how many referrals wait at each step, each leading to them in the inbox. */
const TILES = [
  { key: 'sent', statuses: ['sent'] },
  { key: 'in_review', statuses: ['in_review'] },
  { key: 'info_requested', statuses: ['info_requested'] },
  { key: 'decided', statuses: ['approved', 'declined'] },
] as const;

export function inboxPath(statuses: readonly string[]): string {
  const params = new URLSearchParams();
  for (const status of statuses) params.append('status', status);
  const query = params.toString();
  return query ? `/app/referrals?${query}` : '/app/referrals';
}

function countOf(counts: ReferralCountsDto, statuses: readonly (keyof ReferralCountsDto)[]): number {
  return statuses.reduce((sum, status) => sum + counts[status], 0);
}

/** `/app` for a funder: the referrals to their structure, by step. */
export function FunderHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const counts = useReferralCounts();
  const total = counts.data
    ? countOf(counts.data, ['sent', 'in_review', 'info_requested', 'approved', 'declined', 'withdrawn'])
    : 0;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeading>{t('homes.funder.title')}</PageHeading>
        <Text>{t('homes.greeting', { firstName: me.firstName, role: t('roles.funder') })}</Text>
      </Stack>
      {counts.isPending && <Skeleton height={120} radius="md" />}
      {counts.isError && (
        <LoadError
          title={t('referrals.home.loadFailed')}
          error={counts.error}
          onRetry={() => void counts.refetch()}
        />
      )}
      {counts.data && total === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={760}>
          <Stack gap="xs">
            <Title order={2} fz="h3">
              {t('homes.funder.emptyTitle')}
            </Title>
            <Text>{t('homes.funder.emptyBody')}</Text>
          </Stack>
        </Paper>
      )}
      {counts.data && total > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="funder-home-counts">
          <Title order={2} fz="h3" id="funder-home-counts">
            {t('referrals.home.countsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" component="ul" style={PLAIN_LIST}>
            {TILES.map((tile) => {
              const count = countOf(counts.data, tile.statuses);
              return (
                <li key={tile.key}>
                  <Paper withBorder radius="md" p="md" h="100%">
                    <Stack gap={4}>
                      <Text fz={32} fw={700} lh={1.1} aria-hidden="true">
                        {count}
                      </Text>
                      <Anchor component={Link} to={inboxPath(tile.statuses)} fw={600}>
                        {t(`referrals.home.tiles.${tile.key}`, { count })}
                      </Anchor>
                    </Stack>
                  </Paper>
                </li>
              );
            })}
          </SimpleGrid>
          <Anchor component={Link} to="/app/referrals" w="fit-content">
            {t('referrals.home.all', { count: total })}
          </Anchor>
        </Stack>
      )}
    </Stack>
  );
}

import type { NeedProfile } from '@essaim/domain';
import { Grid, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { NeedProfileTable } from './NeedProfileTable';

// The chart library is heavy: it loads only where a profile is shown.
const NeedRadarChart = lazy(() => import('./NeedRadarChart'));

/** A need profile as a radar chart beside the same figures as a table (the table is the accessible one). */
export function NeedProfileView({ profile }: { profile: NeedProfile }) {
  const { t } = useTranslation();
  return (
    <Grid gap="xl" align="flex-start">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Suspense
          fallback={
            <Skeleton height={340} radius="md">
              <Text className="visually-hidden">{t('results.chartLoading')}</Text>
            </Skeleton>
          }
        >
          <NeedRadarChart profile={profile} />
        </Suspense>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <NeedProfileTable profile={profile} />
      </Grid.Col>
    </Grid>
  );
}

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { OfferSummary, Page } from '../../api/directory';
import { PagedResults } from '../../ui/PagedResults';

import { OfferCard, PLAIN_LIST } from './OfferCard';

/** The results of the directory search: count (announced), cards, pages, or what to try instead. */
export function DirectoryResults({
  search,
  page,
  hasCriteria,
  onPage,
  onClear,
}: {
  search: UseQueryResult<Page<OfferSummary>>;
  page: number;
  hasCriteria: boolean;
  onPage: (page: number) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const data = search.data;
  return (
    <PagedResults
      id="directory-results-title"
      search={search}
      page={page}
      onPage={onPage}
      text={{
        title: t('directory.results.title'),
        loading: t('directory.results.searching'),
        count: ({ total }) => t('directory.results.count', { count: total }),
        noneCount: t('directory.results.noneCount'),
        loadFailed: t('directory.results.loadFailed'),
        pageGone: t('directory.results.pageGone'),
        firstPage: t('directory.results.firstPage'),
        paginationLabel: t('directory.pagination.label'),
      }}
    >
      {data && data.total === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm" align="flex-start">
            <Title order={3} fz="h4">
              {t('directory.empty.title')}
            </Title>
            <Text>{hasCriteria ? t('directory.empty.bodyWithCriteria') : t('directory.empty.body')}</Text>
            {hasCriteria && (
              <Button variant="outline" onClick={onClear}>
                {t('directory.filters.clear')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {data && data.items.length > 0 && (
        <Stack
          component="ul"
          gap="md"
          style={{ ...PLAIN_LIST, opacity: search.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={search.isFetching}
        >
          {data.items.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} headingLevel={3} />
            </li>
          ))}
        </Stack>
      )}
    </PagedResults>
  );
}

import { Button, Center, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfferSummary, Page } from '../../api/directory';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';

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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const status = search.isPending
    ? t('directory.results.searching')
    : search.isError
      ? ''
      : data && data.total > 0
        ? t('directory.results.count', { count: data.total })
        : t('directory.results.noneCount');

  const goTo = (next: number) => {
    onPage(next);
    // Back to the top of the list, where reading starts again.
    headingRef.current?.focus();
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="directory-results-title">
      <Title
        order={2}
        fz="h3"
        id="directory-results-title"
        ref={headingRef}
        tabIndex={-1}
        className="page-heading"
      >
        {t('directory.results.title')}
      </Title>
      {/* Announced politely to screen readers each time the results change. */}
      <Text role="status" aria-live="polite" aria-atomic="true" fw={600}>
        {status}
      </Text>
      {search.isError && (
        <ErrorAlert title={t('directory.results.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{errorMessage(t, search.error)}</Text>
            <Button size="compact-md" variant="outline" onClick={() => void search.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </ErrorAlert>
      )}
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
      {data && data.total > 0 && data.items.length === 0 && (
        <Stack gap="sm" align="flex-start">
          <Text>{t('directory.results.pageGone')}</Text>
          <Button variant="outline" onClick={() => goTo(1)}>
            {t('directory.results.firstPage')}
          </Button>
        </Stack>
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
      {data && pages > 1 && (
        <Center component="nav" aria-label={t('directory.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={goTo}
            siblings={1}
            boundaries={1}
            size="md"
            getItemProps={(item) => ({ 'aria-label': t('directory.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pagination.${control}`) })}
          />
        </Center>
      )}
    </Stack>
  );
}

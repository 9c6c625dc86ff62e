import { Button, Center, Pagination, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadError } from './LoadError';

/** A page of results as the API answers it. */
interface ResultsPage {
  total: number;
  pageSize: number;
  items: unknown[];
}

/** The words of one list of results, in its own messages. */
export interface PagedResultsText<Page extends ResultsPage> {
  title: string;
  /**
   * Announced politely to screen readers each time the results change: `loading` while they come,
   * `count` of a page with results, `noneCount` when nothing matches (nothing on a load error,
   * which says so itself).
   */
  loading: string;
  count: (page: Page) => string;
  noneCount: string;
  loadFailed: string;
  pageGone: string;
  firstPage: string;
  paginationLabel: string;
}

/** A page number from the address (`?page=`): 1 unless a whole number from 1 up. */
export function pageFromParams(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/**
 * A page of search results: its heading (focused when the page changes, where reading starts
 * again), the announced count, the load error with a retry, the results or what to do instead
 * (`children`), a page past the end, and the pagination.
 */
export function PagedResults<Page extends ResultsPage>({
  id,
  search,
  page,
  onPage,
  text,
  children,
}: {
  id: string;
  search: UseQueryResult<Page>;
  page: number;
  onPage: (page: number) => void;
  text: PagedResultsText<Page>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const status = search.isPending
    ? text.loading
    : search.isError
      ? ''
      : data && data.total > 0
        ? text.count(data)
        : text.noneCount;
  const goTo = (next: number) => {
    onPage(next);
    headingRef.current?.focus();
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="h3" id={id} ref={headingRef} tabIndex={-1} className="page-heading">
        {text.title}
      </Title>
      <Text role="status" aria-live="polite" aria-atomic="true" fw={600}>
        {status}
      </Text>
      {search.isError && (
        <LoadError title={text.loadFailed} error={search.error} onRetry={() => void search.refetch()} />
      )}
      {children}
      {data && data.total > 0 && data.items.length === 0 && (
        <Stack gap="sm" align="flex-start">
          <Text>{text.pageGone}</Text>
          <Button variant="outline" onClick={() => goTo(1)}>
            {text.firstPage}
          </Button>
        </Stack>
      )}
      {data && pages > 1 && (
        <Center component="nav" aria-label={text.paginationLabel}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={goTo}
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({ 'aria-label': t('directory.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pagination.${control}`) })}
          />
        </Center>
      )}
    </Stack>
  );
}

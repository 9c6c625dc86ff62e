import { Button, Center, Pagination, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadError } from './LoadError';

/** The words of one list of results, in its own messages. */
export interface PagedResultsText {
  title: string;
  /** Announced politely to screen readers each time the results change. */
  status: string;
  loadFailed: string;
  pageGone: string;
  firstPage: string;
  paginationLabel: string;
}

/**
 * A page of search results: its heading (focused when the page changes, where reading starts
 * again), the announced count, the load error with a retry, the results or what to do instead
 * (`children`), a page past the end, and the pagination.
 */
export function PagedResults({
  id,
  search,
  page,
  onPage,
  text,
  children,
}: {
  id: string;
  search: UseQueryResult<{ total: number; pageSize: number; items: unknown[] }>;
  page: number;
  onPage: (page: number) => void;
  text: PagedResultsText;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
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
        {text.status}
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

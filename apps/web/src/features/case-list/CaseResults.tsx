import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { personName, type CaseListItem, type CasePage } from '../../api/case-lists';
import { PagedResults } from '../../ui/PagedResults';
import { PLAIN_LIST } from '../directory/OfferCard';
import { useFormatters } from '../projects/format';

import { casePath, daysSince, OverdueTasksBadge, PriorityBadge, StageBadge } from './case-display';

export interface Selection {
  isSelected: (id: string) => boolean;
  toggle: (item: CaseListItem) => void;
  /** Selects every case of the page, or none when all are selected already. */
  toggleAll: (items: CaseListItem[]) => void;
}

/** The results of the case list: count (announced), a table or cards, pages, or what to do instead. */
export function CaseResults({
  search,
  page,
  wide,
  selection,
  hasCriteria,
  onPage,
  onClear,
}: {
  search: UseQueryResult<CasePage>;
  page: number;
  /** A table on a wide screen, cards on a phone. */
  wide: boolean;
  /** Row selection for bulk assignment; absent for those who may not assign (partners' advisors). */
  selection?: Selection;
  hasCriteria: boolean;
  onPage: (page: number) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const data = search.data;
  return (
    <PagedResults
      id="case-results-title"
      search={search}
      page={page}
      onPage={onPage}
      text={{
        title: t('caseList.results.title'),
        loading: t('caseList.results.searching'),
        count: ({ total, totalCapped }) =>
          t(totalCapped ? 'caseList.results.countCapped' : 'caseList.results.count', { count: total }),
        noneCount: t('caseList.results.noneCount'),
        loadFailed: t('caseList.results.loadFailed'),
        pageGone: t('caseList.results.pageGone'),
        firstPage: t('caseList.results.firstPage'),
        paginationLabel: t('caseList.pagination.label'),
      }}
    >
      {data && data.total === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm" align="flex-start">
            <Text>{hasCriteria ? t('caseList.empty.withCriteria') : t('caseList.empty.none')}</Text>
            {hasCriteria && (
              <Button variant="outline" onClick={onClear}>
                {t('caseList.filters.clearAll')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {data && data.items.length > 0 && (
        <div style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }} aria-busy={search.isFetching}>
          {wide ? (
            <CaseTable items={data.items} selection={selection} />
          ) : (
            <CaseCards items={data.items} selection={selection} />
          )}
        </div>
      )}
    </PagedResults>
  );
}

function SelectAll({
  items,
  selection,
  visibleLabel = false,
}: {
  items: CaseListItem[];
  selection: Selection;
  visibleLabel?: boolean;
}) {
  const { t } = useTranslation();
  const selected = items.filter((item) => selection.isSelected(item.id)).length;
  return (
    <Checkbox
      {...(visibleLabel ? { label: t('caseList.selectPage') } : { 'aria-label': t('caseList.selectPage') })}
      checked={selected > 0 && selected === items.length}
      indeterminate={selected > 0 && selected < items.length}
      onChange={() => selection.toggleAll(items)}
    />
  );
}

function SelectOne({ item, selection }: { item: CaseListItem; selection: Selection }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('caseList.selectCase', { reference: item.reference })}
      checked={selection.isSelected(item.id)}
      onChange={() => selection.toggle(item)}
    />
  );
}

function CaseTable({ items, selection }: { items: CaseListItem[]; selection?: Selection }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder captionSide="top" verticalSpacing="sm">
        <Table.Caption style={{ textAlign: 'left' }}>{t('caseList.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th scope="col" w={40}>
                <SelectAll items={items} selection={selection} />
              </Table.Th>
            )}
            <Table.Th scope="col">{t('caseList.table.reference')}</Table.Th>
            <Table.Th scope="col">{t('caseList.table.project')}</Table.Th>
            <Table.Th scope="col">{t('caseList.table.holder')}</Table.Th>
            <Table.Th scope="col">{t('caseList.table.stage')}</Table.Th>
            <Table.Th scope="col">{t('caseList.table.leadAdvisor')}</Table.Th>
            <Table.Th scope="col">{t('caseList.table.submittedAt')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('caseList.table.daysInStage')}
            </Table.Th>
            <Table.Th scope="col">{t('caseList.table.overdueTasks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              {selection && (
                <Table.Td>
                  <SelectOne item={item} selection={selection} />
                </Table.Td>
              )}
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={casePath(item.id)} inherit>
                  {item.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Group gap={6}>
                  <Text span inherit style={{ overflowWrap: 'anywhere' }}>
                    {item.project.name}
                  </Text>
                  <PriorityBadge priority={item.priority} />
                </Group>
              </Table.Td>
              <Table.Td>{item.holder ? personName(item.holder) : '—'}</Table.Td>
              <Table.Td>
                <StageBadge stage={item.stage} />
              </Table.Td>
              <Table.Td>
                {item.leadAdvisor ? personName(item.leadAdvisor) : t('caseList.unassigned')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(item.submittedAt)}</Table.Td>
              <Table.Td ta="right">{daysSince(item.stageEnteredAt)}</Table.Td>
              <Table.Td>
                {item.overdueTasks > 0 ? <OverdueTasksBadge count={item.overdueTasks} /> : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CaseCards({ items, selection }: { items: CaseListItem[]; selection?: Selection }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      {selection && <SelectAll items={items} selection={selection} visibleLabel />}
      <Stack component="ul" gap="sm" style={PLAIN_LIST} aria-label={t('caseList.table.caption')}>
        {items.map((item) => (
          <li key={item.id}>
            <Paper withBorder radius="md" p="md" component="article" aria-labelledby={`case-${item.id}`}>
              <Group align="flex-start" wrap="nowrap" gap="sm">
                {selection && <SelectOne item={item} selection={selection} />}
                <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                  <Title order={3} fz="h4" id={`case-${item.id}`} style={{ overflowWrap: 'anywhere' }}>
                    <Anchor component={Link} to={casePath(item.id)} inherit>
                      {item.reference} · {item.project.name}
                    </Anchor>
                  </Title>
                  <Group gap={6}>
                    <StageBadge stage={item.stage} />
                    <PriorityBadge priority={item.priority} />
                    <OverdueTasksBadge count={item.overdueTasks} />
                  </Group>
                  <Text size="sm">
                    {t('caseList.card.holder', {
                      name: item.holder ? personName(item.holder) : '—',
                    })}
                  </Text>
                  <Text size="sm">
                    {item.leadAdvisor
                      ? t('caseList.card.leadAdvisor', { name: personName(item.leadAdvisor) })
                      : t('caseList.unassigned')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('caseList.card.dates', {
                      date: format.date(item.submittedAt),
                      count: daysSince(item.stageEnteredAt),
                    })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

import { can, REFERRAL_STATUSES, type ReferralStatus } from '@essaim/domain';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { useReferralInbox, type InboxOrder, type InboxQuery } from '../../api/referrals';
import { pageFromParams, PagedResults } from '../../ui/PagedResults';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useFormatters } from '../projects/format';
import { useCurrentUser } from '../shell/current-user';

import { ReferralStatusBadge } from './ReferralStatusBadge';

/** `/app/referrals`: the funder's inbox of the referrals sent to their structure. */
export function ReferralsInboxPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'referral:review')) return <NotFoundPage />;
  return <ReferralsInbox />;
}

/** The inbox's criteria, kept in the address so a link (from the home) leads to a filtered inbox. */
export function readInboxQuery(params: URLSearchParams): InboxQuery {
  const status = params
    .getAll('status')
    .filter((value): value is ReferralStatus => (REFERRAL_STATUSES as readonly string[]).includes(value));
  return {
    status,
    q: params.get('q') ?? '',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: pageFromParams(params),
  };
}

function writeInboxQuery(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.status) params.append('status', status);
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.order === 'desc') params.set('order', 'desc');
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

function ReferralsInbox() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const query = readInboxQuery(params);
  const [q, setQ] = useState(query.q);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const inbox = useReferralInbox(query);
  const update = (change: Partial<InboxQuery>) =>
    setParams(writeInboxQuery({ ...query, page: 1, ...change }), { replace: true });

  useEffect(() => {
    if (debouncedQ.trim() !== query.q.trim()) update({ q: debouncedQ });
    // Only the typed words start a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQ]);

  const hasCriteria = query.status.length > 0 || query.q.trim() !== '';
  const data = inbox.data;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeading>{t('referrals.inbox.title')}</PageHeading>
        <Text maw={760}>{t('referrals.inbox.intro')}</Text>
      </Stack>
      <Paper
        withBorder
        radius="md"
        p="md"
        component="form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q });
        }}
      >
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput
              label={t('referrals.inbox.search')}
              description={t('referrals.inbox.searchHint')}
              type="search"
              value={q}
              onChange={(event) => setQ(event.currentTarget.value)}
              miw={260}
              style={{ flex: 1 }}
            />
            <NativeSelect
              label={t('referrals.inbox.sort')}
              value={query.order}
              onChange={(event) => update({ order: event.currentTarget.value as InboxOrder })}
              data={[
                { value: 'asc', label: t('referrals.inbox.oldestFirst') },
                { value: 'desc', label: t('referrals.inbox.newestFirst') },
              ]}
            />
          </Group>
          <Checkbox.Group
            label={t('referrals.inbox.statusFilter')}
            description={t('referrals.inbox.statusFilterHint')}
            value={query.status}
            onChange={(values) => update({ status: values })}
          >
            <Group gap="md" mt="xs">
              {REFERRAL_STATUSES.map((value) => (
                <Checkbox key={value} value={value} label={t(`referrals.status.${value}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      </Paper>
      <PagedResults
        id="referral-results-title"
        search={inbox}
        page={query.page}
        onPage={(page) => setParams(writeInboxQuery({ ...query, page }))}
        text={{
          title: t('referrals.inbox.resultsTitle'),
          loading: t('referrals.inbox.searching'),
          count: ({ total }) => t('referrals.inbox.count', { count: total }),
          noneCount: t('referrals.inbox.noneCount'),
          loadFailed: t('referrals.inbox.loadFailed'),
          pageGone: t('referrals.inbox.pageGone'),
          firstPage: t('referrals.inbox.firstPage'),
          paginationLabel: t('referrals.inbox.pagination'),
        }}
      >
        {data && data.total === 0 && (
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Stack gap="sm" align="flex-start">
              <Text>{hasCriteria ? t('referrals.inbox.emptyWithCriteria') : t('referrals.inbox.empty')}</Text>
              {hasCriteria && (
                <Button
                  variant="outline"
                  onClick={() => {
                    setQ('');
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                >
                  {t('referrals.inbox.clear')}
                </Button>
              )}
            </Stack>
          </Paper>
        )}
        {data && data.items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="sm"
              aria-busy={inbox.isFetching}
              style={{ opacity: inbox.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('referrals.inbox.columns.reference')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.inbox.columns.project')}</Table.Th>
                  <Table.Th scope="col">{t('referrals.inbox.columns.offer')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('referrals.inbox.columns.asked')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('referrals.inbox.columns.age')}
                  </Table.Th>
                  <Table.Th scope="col">{t('referrals.inbox.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/app/referrals/${item.id}`} fw={600}>
                        {item.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.projectName}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.offer.name}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {format.euros(item.askedCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('referrals.inbox.ageDays', { count: item.ageDays })}
                    </Table.Td>
                    <Table.Td>
                      <ReferralStatusBadge status={item.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedResults>
    </Stack>
  );
}

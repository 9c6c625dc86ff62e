import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMailFailures } from '../../api/notifications';
import { PagedResults } from '../../ui/PagedResults';

import { useDateTime } from './date-time';
import './i18n';

/** On the territory admin's territory page: the mails that could not be delivered after every retry. */
export function MailFailuresSection() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [page, setPage] = useState(1);
  const failures = useMailFailures(page);
  const data = failures.data;

  return (
    <PagedResults
      id="mail-failures-title"
      search={failures}
      page={page}
      onPage={setPage}
      text={{
        title: t('notifications.failures.title'),
        loading: t('notifications.failures.loading'),
        count: ({ total }) => t('notifications.failures.count', { count: total }),
        noneCount: t('notifications.failures.noneCount'),
        loadFailed: t('notifications.failures.loadFailed'),
        pageGone: t('notifications.failures.pageGone'),
        firstPage: t('notifications.failures.firstPage'),
        paginationLabel: t('notifications.failures.pagination'),
      }}
    >
      <Text maw={760}>{t('notifications.failures.intro')}</Text>
      {data && data.total === 0 && <Text>{t('notifications.failures.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-busy={failures.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notifications.failures.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('notifications.failures.columns.to')}</Table.Th>
                <Table.Th scope="col">{t('notifications.failures.columns.subject')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('notifications.failures.columns.attempts')}
                </Table.Th>
                <Table.Th scope="col">{t('notifications.failures.columns.lastError')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((mail) => (
                <Table.Tr key={mail.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(mail.createdAt)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{mail.to}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{mail.subject}</Table.Td>
                  <Table.Td ta="right">{mail.attempts}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {mail.lastError ?? t('notifications.failures.noError')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedResults>
  );
}

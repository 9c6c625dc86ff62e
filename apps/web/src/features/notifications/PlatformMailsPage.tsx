import { isApiError } from '@essaim/api-client';
import { Alert, Button, Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useOutboxMail, useOutboxMails } from '../../api/notifications';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { LoadError } from '../../ui/LoadError';
import { pageFromParams, PagedResults } from '../../ui/PagedResults';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { useDateTime } from './date-time';
import './i18n';

/** `/app/platform/mails`: in a demo (no SMTP server), the mails Essaim wrote instead of sending them. */
export function PlatformMailsPage() {
  const me = useCurrentUser();
  if (me.role !== 'platform_admin') return <NotFoundPage />;
  return <PlatformMails />;
}

function PlatformMails() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [params, setParams] = useSearchParams();
  const page = pageFromParams(params);
  const mails = useOutboxMails(page);
  const [openId, setOpenId] = useState<string | null>(null);
  const data = mails.data;
  // The API has the page only when no SMTP server is configured.
  const unavailable = isApiError(mails.error) && mails.error.status === 404;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeading>{t('notifications.mails.title')}</PageHeading>
        <Text maw={760}>{t('notifications.mails.intro')}</Text>
      </Stack>
      {unavailable ? (
        <Alert color="gray" variant="light">
          <Text size="sm">{t('notifications.mails.unavailable')}</Text>
        </Alert>
      ) : (
        <PagedResults
          id="mail-results-title"
          search={mails}
          page={page}
          onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          text={{
            title: t('notifications.mails.resultsTitle'),
            loading: t('notifications.mails.loading'),
            count: ({ total }) => t('notifications.mails.count', { count: total }),
            noneCount: t('notifications.mails.noneCount'),
            loadFailed: t('notifications.mails.loadFailed'),
            pageGone: t('notifications.mails.pageGone'),
            firstPage: t('notifications.mails.firstPage'),
            paginationLabel: t('notifications.mails.pagination'),
          }}
        >
          {data && data.total === 0 && <Text>{t('notifications.mails.empty')}</Text>}
          {data && data.items.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm" aria-busy={mails.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('notifications.mails.columns.date')}</Table.Th>
                    <Table.Th scope="col">{t('notifications.mails.columns.to')}</Table.Th>
                    <Table.Th scope="col">{t('notifications.mails.columns.subject')}</Table.Th>
                    <Table.Th scope="col">{t('notifications.mails.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((mail) => (
                    <Table.Tr key={mail.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(mail.createdAt)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{mail.to}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          px={0}
                          h="auto"
                          style={{ whiteSpace: 'normal', textAlign: 'left' }}
                          onClick={() => setOpenId(mail.id)}
                          aria-label={t('notifications.mails.read', { subject: mail.subject })}
                        >
                          {mail.subject}
                        </Button>
                      </Table.Td>
                      <Table.Td>
                        {t(`notifications.mails.status.${mail.status}`, { defaultValue: mail.status })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </PagedResults>
      )}
      <MailDialog id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

function MailDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mail = useOutboxMail(id);
  const title = mail.data
    ? t('notifications.mails.dialogTitle', { to: mail.data.to })
    : t('notifications.mails.title');
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('notifications.mails.close') }}
    >
      {mail.isPending ? (
        <FullPageLoader />
      ) : mail.isError ? (
        <LoadError
          title={t('notifications.mails.mailLoadFailed')}
          error={mail.error}
          onRetry={() => void mail.refetch()}
        />
      ) : (
        <Stack gap="sm">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('notifications.mails.subject', { subject: mail.data.subject })}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {mail.data.text}
          </Code>
        </Stack>
      )}
    </Modal>
  );
}

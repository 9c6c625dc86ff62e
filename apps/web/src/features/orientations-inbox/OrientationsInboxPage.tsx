import { isApiError } from '@essaim/api-client';
import { can, ORIENTATION_STATUSES, type OrientationStatus } from '@essaim/domain';
import { Alert, Anchor, Button, NativeSelect, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { errorMessage } from '../../api/errors';
import {
  useAcceptOrientation,
  useCompleteOrientation,
  useDeclineOrientation,
  useOrientationsInbox,
  type OrientationInboxItem,
} from '../../api/orientations-inbox';
import { LoadError } from '../../ui/LoadError';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { casePath } from '../case-list/case-display';
import { PLAIN_LIST } from '../directory/OfferCard';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { DeclineDialog } from './DeclineDialog';
import { OrientationCard } from './OrientationCard';

/** What the last answer did, said at the top of the page. */
type Outcome =
  | { kind: 'accepted'; item: OrientationInboxItem }
  | { kind: 'declined'; item: OrientationInboxItem }
  | { kind: 'completed'; item: OrientationInboxItem }
  | { kind: 'conflict'; item: OrientationInboxItem }
  | { kind: 'failed'; item: OrientationInboxItem; message: string };

/** `/app/orientations`: partners answer the orientations to their structure; the operator follows them. */
export function OrientationsInboxPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'case:work')) return <NotFoundPage />;
  return <OrientationsInbox />;
}

function parseStatus(value: string | null): OrientationStatus | undefined {
  return ORIENTATION_STATUSES.find((status) => status === value);
}

function OrientationsInbox() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const inbox = useOrientationsInbox(status);
  const accept = useAcceptOrientation();
  const decline = useDeclineOrientation();
  const complete = useCompleteOrientation();
  const [declining, setDeclining] = useState<OrientationInboxItem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const mine = (item: OrientationInboxItem) =>
    me.organisation !== null && item.organisation.id === me.organisation.id;

  const onError = (item: OrientationInboxItem) => (error: unknown) =>
    setOutcome(
      isApiError(error) && error.status === 409
        ? { kind: 'conflict', item }
        : { kind: 'failed', item, message: errorMessage(t, error) },
    );

  const acceptItem = (item: OrientationInboxItem) => {
    setOutcome(null);
    accept.mutate(item, {
      onSuccess: () => setOutcome({ kind: 'accepted', item }),
      onError: onError(item),
    });
  };

  const completeItem = (item: OrientationInboxItem) => {
    setOutcome(null);
    complete.mutate(item, {
      onSuccess: () => setOutcome({ kind: 'completed', item }),
      onError: onError(item),
    });
  };

  const declineItem = (item: OrientationInboxItem, reason: string) => {
    setOutcome(null);
    decline.mutate(
      { item, reason },
      {
        onSuccess: () => {
          setDeclining(null);
          setOutcome({ kind: 'declined', item });
        },
        onError: (error) => {
          // The reason's problems are shown in the dialog; anything else closes it and is said on the page.
          if (isApiError(error) && error.code === 'validation_failed') return;
          setDeclining(null);
          onError(item)(error);
        },
      },
    );
  };

  const items = inbox.data ?? [];
  const countText = inbox.isPending
    ? t('common.loading')
    : inbox.isError
      ? ''
      : items.length > 0
        ? t('orientationsInbox.count', { count: items.length })
        : t('orientationsInbox.noneCount');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeading>{t('orientationsInbox.title')}</PageHeading>
        <Text maw={760}>{t('orientationsInbox.intro')}</Text>
      </Stack>
      <NativeSelect
        label={t('orientationsInbox.filter')}
        value={status ?? ''}
        maw={320}
        onChange={(event) => {
          setOutcome(null);
          const next = parseStatus(event.currentTarget.value);
          setSearchParams(next ? { status: next } : {});
        }}
        data={[
          { value: '', label: t('orientationsInbox.filters.all') },
          ...ORIENTATION_STATUSES.map((value) => ({
            value,
            label: t(`orientationsInbox.filters.${value}`),
          })),
        ]}
      />
      <OutcomeNotice outcome={outcome} />
      <Text role="status" aria-live="polite" aria-atomic="true" fw={600}>
        {countText}
      </Text>
      {inbox.isPending && (
        <Stack gap="md" aria-hidden="true">
          <Skeleton height={200} radius="md" />
          <Skeleton height={200} radius="md" />
        </Stack>
      )}
      {inbox.isError && (
        <LoadError
          title={t('orientationsInbox.loadFailed')}
          error={inbox.error}
          onRetry={() => void inbox.refetch()}
        />
      )}
      {inbox.data && items.length === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm" align="flex-start">
            <Text>
              {status ? t('orientationsInbox.empty.withStatus') : t('orientationsInbox.empty.none')}
            </Text>
            {status && (
              <Button variant="outline" onClick={() => setSearchParams({})}>
                {t('orientationsInbox.empty.showAll')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="md" style={PLAIN_LIST} aria-busy={inbox.isFetching}>
          {items.map((item) => (
            <li key={item.id}>
              <OrientationCard
                item={item}
                answerable={item.status === 'proposed' && mine(item)}
                completable={item.status === 'accepted' && mine(item)}
                caseVisible={!mine(item) || item.status === 'accepted' || item.status === 'completed'}
                busy={
                  (accept.isPending && accept.variables?.id === item.id) ||
                  (complete.isPending && complete.variables?.id === item.id)
                }
                onAccept={() => acceptItem(item)}
                onComplete={() => completeItem(item)}
                onDecline={() => {
                  decline.reset();
                  setDeclining(item);
                }}
              />
            </li>
          ))}
        </Stack>
      )}
      <DeclineDialog
        key={declining?.id ?? 'closed'}
        item={declining}
        pending={decline.isPending}
        error={decline.error}
        onDecline={(reason) => declining && declineItem(declining, reason)}
        onClose={() => setDeclining(null)}
      />
    </Stack>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  const reference = outcome?.item.case.reference ?? '';
  return (
    <>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'accepted' && (
          <Alert color="essaim" variant="light" title={t('orientationsInbox.accepted', { reference })}>
            <Anchor component={Link} to={casePath(outcome.item.caseId)}>
              {t('orientationsInbox.card.openCase', { reference })}
            </Anchor>
          </Alert>
        )}
        {outcome?.kind === 'declined' && (
          <Alert color="essaim" variant="light" title={t('orientationsInbox.declined', { reference })} />
        )}
        {outcome?.kind === 'completed' && (
          <Alert color="essaim" variant="light" title={t('orientationsInbox.completed', { reference })} />
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <ErrorAlert title={t('orientationsInbox.failed', { reference })}>
          {t('orientationsInbox.conflict')}
        </ErrorAlert>
      )}
      {outcome?.kind === 'failed' && (
        <ErrorAlert title={t('orientationsInbox.failed', { reference })}>{outcome.message}</ErrorAlert>
      )}
    </>
  );
}

import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Pagination,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

import { ADMIN_PAGE_SIZE, useAdminOrganisations, type OrganisationAdmin } from '../../api/admin';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { PLAIN_LIST } from '../directory/OfferCard';

import { RequireTerritoryAdmin } from './RequireTerritoryAdmin';
import { SavedNotice, type SavedState } from './SavedNotice';

/** `/app/organisations`: the structures of the territory, published or not, and the way to add one. */
export function OrganisationsAdminPage() {
  return (
    <RequireTerritoryAdmin>
      <OrganisationsList />
    </RequireTerritoryAdmin>
  );
}

function OrganisationsList() {
  const { t } = useTranslation();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const organisations = useAdminOrganisations({ q: q.trim() || undefined, page });

  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setText(q);
  }
  const go = (next: { q?: string; page?: number }) =>
    setSearchParams((previous) => {
      const params = new URLSearchParams();
      const nextQ = (next.q ?? previous.get('q') ?? '').trim();
      if (nextQ) params.set('q', nextQ);
      const nextPage = next.page ?? 1;
      if (nextPage > 1) params.set('page', String(nextPage));
      return params;
    });
  const searchText = useDebouncedCallback((value: string) => go({ q: value }), 300);

  const data = organisations.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || ADMIN_PAGE_SIZE))) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap="xs" maw={720}>
          <PageHeading>{t('adminDirectory.list.title')}</PageHeading>
          <Text>{t('adminDirectory.list.intro')}</Text>
        </Stack>
        <Button component={Link} to="/app/organisations/new">
          {t('adminDirectory.list.add')}
        </Button>
      </Group>
      <SavedNotice state={location.state as SavedState | null} />
      <form
        role="search"
        aria-label={t('adminDirectory.list.searchFormLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          searchText.cancel();
          go({ q: text });
        }}
      >
        <TextInput
          type="search"
          label={t('adminDirectory.list.searchLabel')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            searchText(event.currentTarget.value);
          }}
          maw={480}
        />
      </form>
      <Text role="status" aria-live="polite" fw={600}>
        {organisations.isPending
          ? t('common.loading')
          : data
            ? t('adminDirectory.list.count', { count: data.total })
            : ''}
      </Text>
      {organisations.isError && (
        <LoadError
          title={t('adminDirectory.list.loadFailed')}
          error={organisations.error}
          onRetry={() => void organisations.refetch()}
        />
      )}
      {data && data.total === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={720}>
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="h4">
              {q.trim() ? t('adminDirectory.list.noMatchTitle') : t('adminDirectory.list.emptyTitle')}
            </Title>
            <Text>
              {q.trim()
                ? t('adminDirectory.list.noMatchBody', { q: q.trim() })
                : t('adminDirectory.list.emptyBody')}
            </Text>
            {q.trim() ? (
              <Button variant="outline" onClick={() => go({ q: '' })}>
                {t('adminDirectory.list.clearSearch')}
              </Button>
            ) : (
              <Button component={Link} to="/app/organisations/new">
                {t('adminDirectory.list.add')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {data && data.items.length > 0 && (
        <Stack component="ul" gap="sm" style={PLAIN_LIST}>
          {data.items.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationRow organisation={organisation} />
            </li>
          ))}
        </Stack>
      )}
      {data && pages > 1 && (
        <Center component="nav" aria-label={t('directory.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={(next) => go({ page: next })}
            getItemProps={(item) => ({ 'aria-label': t('directory.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pagination.${control}`) })}
          />
        </Center>
      )}
    </Stack>
  );
}

export function PublishedBadge({ published }: { published: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant={published ? 'light' : 'outline'} color={published ? 'essaim' : 'gray.8'} tt="none">
      {published ? t('adminDirectory.status.published') : t('adminDirectory.status.unpublished')}
    </Badge>
  );
}

function OrganisationRow({ organisation }: { organisation: OrganisationAdmin }) {
  const { t } = useTranslation();
  const offers = organisation.offers ?? [];
  const publishedOffers = offers.filter((offer) => offer.published).length;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Anchor
            component={Link}
            to={`/app/organisations/${organisation.id}`}
            fw={600}
            fz="lg"
            style={{ overflowWrap: 'anywhere' }}
          >
            {organisation.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`directory.vocab.organisationKinds.${organisation.kind}`)} ·{' '}
            {t('adminDirectory.list.offerCount', { count: offers.length, published: publishedOffers })}
          </Text>
        </Stack>
        <PublishedBadge published={organisation.published} />
      </Group>
    </Paper>
  );
}

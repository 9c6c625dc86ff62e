import { isApiError } from '@essaim/api-client';
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import {
  adminKeys,
  useAdminOrganisation,
  useCreateOrganisation,
  useUpdateOffer,
  useUpdateOrganisation,
  type OfferAdmin,
  type OrganisationAdmin,
} from '../../api/admin';
import { errorMessage } from '../../api/errors';
import { useTerritories } from '../../api/public';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { departementsOf } from '../directory/departements';
import { amountRange, offerKindLabel, PLAIN_LIST } from '../directory/OfferCard';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { isConflict } from './form-errors';
import { OrganisationForm } from './OrganisationForm';
import { PublishedBadge } from './OrganisationsAdminPage';
import { RequireTerritoryAdmin } from './RequireTerritoryAdmin';
import { SavedNotice, type SavedState } from './SavedNotice';

/** `/app/organisations/new` and `/app/organisations/:id`: a structure of the territory and its offers. */
export function OrganisationEditPage() {
  const { id } = useParams();
  return (
    <RequireTerritoryAdmin>
      {id === undefined ? <NewOrganisation /> : <ExistingOrganisation key={id} id={id} />}
    </RequireTerritoryAdmin>
  );
}

export function AdminBreadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('directory.breadcrumbsLabel')}>
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        {items.map((item) =>
          item.to ? (
            <Anchor key={item.to} component={Link} to={item.to}>
              {item.label}
            </Anchor>
          ) : (
            <Text key={item.label} component="span" aria-current="page" style={{ overflowWrap: 'anywhere' }}>
              {item.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}

function useTerritoryCode(): string {
  const me = useCurrentUser();
  return me.territory?.code ?? '';
}

/** The départements the admin's territory covers, from the API's territory list. */
function useTerritoryDepartements(code: string): string[] {
  const territories = useTerritories();
  return departementsOf(territories.data?.find((territory) => territory.code === code));
}

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const territoryCode = useTerritoryCode();
  const departements = useTerritoryDepartements(territoryCode);
  const create = useCreateOrganisation();
  return (
    <Stack gap="lg">
      <AdminBreadcrumbs
        items={[
          { label: t('adminDirectory.list.title'), to: '/app/organisations' },
          { label: t('adminDirectory.organisation.newTitle') },
        ]}
      />
      <PageHeading>{t('adminDirectory.organisation.newTitle')}</PageHeading>
      <OrganisationForm
        territoryCode={territoryCode}
        departementChoices={departements}
        saving={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (organisation) =>
              void navigate(`/app/organisations/${organisation.id}`, {
                state: {
                  saved: { kind: 'organisationCreated', name: organisation.name },
                } satisfies SavedState,
              }),
          })
        }
      />
    </Stack>
  );
}

function ExistingOrganisation({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const territoryCode = useTerritoryCode();
  const departements = useTerritoryDepartements(territoryCode);
  const organisation = useAdminOrganisation(id);
  const update = useUpdateOrganisation(id);
  const publish = useUpdateOrganisation(id);
  const [formKey, setFormKey] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [saved, setSaved] = useState<SavedState | null>(null);

  if (organisation.isPending) return <FullPageLoader />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) return <NotFoundPage />;
    return (
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('adminDirectory.organisation.loadFailedTitle')}</PageHeading>
        <ErrorAlert title={errorMessage(t, organisation.error)} />
        <Button onClick={() => void organisation.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  const org = organisation.data;

  // Someone saved in between: show their version, and a fresh form to redo the changes on.
  const reload = async () => {
    setReloading(true);
    await organisation.refetch();
    update.reset();
    publish.reset();
    setFormKey((key) => key + 1);
    setReloading(false);
  };

  const conflict = isConflict(update.error) || isConflict(publish.error);

  return (
    <Stack gap="lg">
      <AdminBreadcrumbs
        items={[{ label: t('adminDirectory.list.title'), to: '/app/organisations' }, { label: org.name }]}
      />
      <Stack gap="xs">
        <PageHeading>{org.name}</PageHeading>
        <Group gap="sm">
          <PublishedBadge published={org.published} />
          {org.published && (
            <Anchor component={Link} to={`/directory/organisations/${org.id}`}>
              {t('adminDirectory.organisation.viewPublic')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <SavedNotice state={saved ?? (location.state as SavedState | null)} />
      {conflict && (
        <ConflictAlert
          message={t('adminDirectory.conflict.organisation')}
          onReload={() => void reload()}
          reloading={reloading}
        />
      )}
      <Paper withBorder radius="md" p="md" maw={760}>
        <Stack gap="xs" align="flex-start">
          <Text>
            {org.published
              ? t('adminDirectory.organisation.publishedExplain')
              : t('adminDirectory.organisation.unpublishedExplain')}
          </Text>
          <Button
            variant="outline"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(
                { version: org.version, published: !org.published },
                { onSuccess: () => setSaved(null) },
              )
            }
          >
            {org.published
              ? t('adminDirectory.organisation.unpublish')
              : t('adminDirectory.organisation.publish')}
          </Button>
          {publish.isError && !conflict && <ErrorAlert title={errorMessage(t, publish.error)} />}
        </Stack>
      </Paper>
      <OffersSection organisation={org} />
      <Stack gap="md" component="section" aria-labelledby="organisation-details">
        <Title order={2} fz="h3" id="organisation-details">
          {t('adminDirectory.organisation.detailsTitle')}
        </Title>
        <OrganisationForm
          key={formKey}
          organisation={org}
          territoryCode={territoryCode}
          departementChoices={departements}
          saving={update.isPending}
          error={update.error}
          onSubmit={(body) =>
            update.mutate(
              { ...body, version: org.version },
              {
                onSuccess: (next) => setSaved({ saved: { kind: 'organisationSaved', name: next.name } }),
              },
            )
          }
        />
      </Stack>
    </Stack>
  );
}

function OffersSection({ organisation }: { organisation: OrganisationAdmin }) {
  const { t } = useTranslation();
  const offers = organisation.offers ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby="organisation-offers-admin">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h3" id="organisation-offers-admin">
          {t('adminDirectory.offers.title', { count: offers.length })}
        </Title>
        <Button component={Link} to={`/app/organisations/${organisation.id}/offers/new`}>
          {t('adminDirectory.offers.add')}
        </Button>
      </Group>
      {offers.length === 0 ? (
        <Text>{t('adminDirectory.offers.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={PLAIN_LIST}>
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferRow organisationId={organisation.id} offer={offer} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function OfferRow({ organisationId, offer }: { organisationId: string; offer: OfferAdmin }) {
  const { t, i18n } = useTranslation();
  const toggle = useUpdateOffer(organisationId);
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const amount = amountRange(t, offer, i18n.language);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Anchor
              component={Link}
              to={`/app/organisations/${organisationId}/offers/${offer.id}`}
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {offer.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {offerKindLabel(t, offer)}
              {amount ? ` · ${amount}` : ''}
            </Text>
          </Stack>
          <PublishedBadge published={offer.published} />
        </Group>
        <Group gap="sm">
          <Button
            size="compact-md"
            variant="subtle"
            loading={toggle.isPending}
            onClick={() =>
              toggle.mutate({ id: offer.id, version: offer.version, published: !offer.published })
            }
            aria-label={
              offer.published
                ? t('adminDirectory.offers.unpublishNamed', { name: offer.name })
                : t('adminDirectory.offers.publishNamed', { name: offer.name })
            }
          >
            {offer.published ? t('adminDirectory.offers.unpublish') : t('adminDirectory.offers.publish')}
          </Button>
        </Group>
        {toggle.isError &&
          (isConflict(toggle.error) ? (
            <ConflictAlert
              message={t('adminDirectory.conflict.offer')}
              reloading={reloading}
              onReload={() => {
                setReloading(true);
                void queryClient
                  .invalidateQueries({ queryKey: adminKeys.organisation(organisationId) })
                  .finally(() => {
                    setReloading(false);
                    toggle.reset();
                  });
              }}
            />
          ) : (
            <ErrorAlert title={errorMessage(t, toggle.error)} />
          ))}
      </Stack>
    </Paper>
  );
}

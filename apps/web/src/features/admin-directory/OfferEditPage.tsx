import { isApiError } from '@essaim/api-client';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import {
  useAdminOrganisation,
  useCreateOffer,
  useUpdateOffer,
  type OfferAdmin,
  type OrganisationAdmin,
} from '../../api/admin';
import { errorMessage } from '../../api/errors';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';

import { CriteriaEditor } from './CriteriaEditor';
import { isConflict } from './form-errors';
import { OfferForm } from './OfferForm';
import { AdminBreadcrumbs } from './OrganisationEditPage';
import { PublishedBadge } from './OrganisationsAdminPage';
import { RequireTerritoryAdmin } from './RequireTerritoryAdmin';
import type { SavedState } from './SavedNotice';

/** `/app/organisations/:id/offers/new` and `/app/organisations/:id/offers/:offerId`. */
export function OfferEditPage() {
  return (
    <RequireTerritoryAdmin>
      <OfferEditor />
    </RequireTerritoryAdmin>
  );
}

function OfferEditor() {
  const { t } = useTranslation();
  const { id = '', offerId } = useParams();
  const organisation = useAdminOrganisation(id);

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
  if (offerId === undefined) return <NewOffer organisation={org} />;
  const offer = (org.offers ?? []).find((candidate) => candidate.id === offerId);
  if (!offer) return <NotFoundPage />;
  return <ExistingOffer organisation={org} offer={offer} reload={() => organisation.refetch()} />;
}

function NewOffer({ organisation }: { organisation: OrganisationAdmin }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOffer(organisation.id);
  return (
    <Stack gap="lg">
      <AdminBreadcrumbs
        items={[
          { label: t('adminDirectory.list.title'), to: '/app/organisations' },
          { label: organisation.name, to: `/app/organisations/${organisation.id}` },
          { label: t('adminDirectory.offer.newTitle') },
        ]}
      />
      <Stack gap="xs">
        <PageHeading>{t('adminDirectory.offer.newTitle')}</PageHeading>
        <Text>{t('adminDirectory.offer.newIntro', { name: organisation.name })}</Text>
      </Stack>
      <OfferForm
        saving={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (offer) =>
              void navigate(`/app/organisations/${organisation.id}`, {
                state: { saved: { kind: 'offerCreated', name: offer.name } } satisfies SavedState,
              }),
          })
        }
      />
    </Stack>
  );
}

function ExistingOffer({
  organisation,
  offer,
  reload,
}: {
  organisation: OrganisationAdmin;
  offer: OfferAdmin;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOffer(organisation.id);
  const publish = useUpdateOffer(organisation.id);
  const [formKey, setFormKey] = useState(0);
  const [reloading, setReloading] = useState(false);
  const conflict = isConflict(update.error) || isConflict(publish.error);

  const reloadOffer = async () => {
    setReloading(true);
    await reload();
    update.reset();
    publish.reset();
    setFormKey((key) => key + 1);
    setReloading(false);
  };

  return (
    <Stack gap="lg">
      <AdminBreadcrumbs
        items={[
          { label: t('adminDirectory.list.title'), to: '/app/organisations' },
          { label: organisation.name, to: `/app/organisations/${organisation.id}` },
          { label: offer.name },
        ]}
      />
      <Stack gap="xs">
        <PageHeading>{offer.name}</PageHeading>
        <Group gap="sm">
          <PublishedBadge published={offer.published} />
        </Group>
      </Stack>
      {conflict && (
        <ConflictAlert
          message={t('adminDirectory.conflict.offer')}
          onReload={() => void reloadOffer()}
          reloading={reloading}
        />
      )}
      <Paper withBorder radius="md" p="md" maw={760}>
        <Stack gap="xs" align="flex-start">
          <Text>
            {offer.published
              ? t('adminDirectory.offer.publishedExplain')
              : t('adminDirectory.offer.unpublishedExplain')}
          </Text>
          <Button
            variant="outline"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate({ id: offer.id, version: offer.version, published: !offer.published })
            }
          >
            {offer.published ? t('adminDirectory.offers.unpublish') : t('adminDirectory.offers.publish')}
          </Button>
          {publish.isError && !conflict && <ErrorAlert title={errorMessage(t, publish.error)} />}
        </Stack>
      </Paper>
      {offer.kind === 'funding' && <CriteriaEditor offerId={offer.id} />}
      <OfferForm
        key={formKey}
        offer={offer}
        saving={update.isPending}
        error={update.error}
        onSubmit={(body) =>
          update.mutate(
            { ...body, id: offer.id, version: offer.version },
            {
              onSuccess: (saved) =>
                void navigate(`/app/organisations/${organisation.id}`, {
                  state: { saved: { kind: 'offerSaved', name: saved.name } } satisfies SavedState,
                }),
            },
          )
        }
      />
    </Stack>
  );
}

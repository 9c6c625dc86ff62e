import { isApiError } from '@essaim/api-client';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Container,
  Grid,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useCommunesByCode, useDirectoryOrganisation, type OrganisationDetail } from '../../api/directory';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';

import { departementLabel } from './departements';
import { OfferCard, PLAIN_LIST } from './OfferCard';

/** Above this many communes, the page says how many rather than listing them. */
const MAX_LISTED_COMMUNES = 8;

/** `/directory/organisations/:id`: a structure of the directory, how to reach it, what it offers. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useDirectoryOrganisation(id);

  if (organisation.isPending) return <FullPageLoader />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) return <OrganisationNotFound />;
    return (
      <Container size="lg" px="md" py="xl">
        <Stack gap="md" align="flex-start">
          <PageHeading>{t('directory.organisation.loadFailedTitle')}</PageHeading>
          <ErrorAlert title={errorMessage(t, organisation.error)} />
          <Button onClick={() => void organisation.refetch()}>{t('common.retry')}</Button>
          <Anchor component={Link} to="/directory">
            {t('directory.organisation.backToDirectory')}
          </Anchor>
        </Stack>
      </Container>
    );
  }
  const org = organisation.data;

  return (
    <Container size="lg" px="md" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <nav aria-label={t('directory.breadcrumbsLabel')}>
          <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
            <Anchor component={Link} to="/directory">
              {t('directory.breadcrumbRoot')}
            </Anchor>
            <Text component="span" aria-current="page" style={{ overflowWrap: 'anywhere' }}>
              {org.name}
            </Text>
          </Breadcrumbs>
        </nav>
        <Stack gap="xs" align="flex-start">
          <PageHeading>{org.name}</PageHeading>
          <Badge variant="light" tt="none">
            {t(`directory.vocab.organisationKinds.${org.kind}`)}
          </Badge>
          {org.description && (
            <Text maw={760} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {org.description}
            </Text>
          )}
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Stack gap="md" component="section" aria-labelledby="organisation-offers">
              <Title order={2} fz="h3" id="organisation-offers">
                {t('directory.organisation.offersTitle', { count: org.offers.length })}
              </Title>
              {org.offers.length === 0 ? (
                <Text>{t('directory.organisation.noOffers')}</Text>
              ) : (
                <Stack component="ul" gap="md" style={PLAIN_LIST}>
                  {org.offers.map((offer) => (
                    <li key={offer.id}>
                      <OfferCard offer={offer} headingLevel={3} showOrganisation={false} />
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <Stack gap="md">
              <ContactCard organisation={org} />
              <AreaCard organisation={org} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function ContactCard({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { website, contactEmail, contactPhone, address } = organisation;
  const hasContact = Boolean(website || contactEmail || contactPhone || address);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="organisation-contact">
      <Title order={2} fz="h4" id="organisation-contact" mb="sm">
        {t('directory.organisation.contactTitle')}
      </Title>
      {hasContact ? (
        <Stack gap="xs" component="dl" m={0}>
          {website && (
            <ContactLine label={t('directory.organisation.website')}>
              <Anchor href={website} target="_blank" rel="noopener noreferrer">
                {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                <span className="visually-hidden"> {t('directory.organisation.newWindow')}</span>
              </Anchor>
            </ContactLine>
          )}
          {contactEmail && (
            <ContactLine label={t('directory.organisation.email')}>
              <Anchor href={`mailto:${contactEmail}`}>{contactEmail}</Anchor>
            </ContactLine>
          )}
          {contactPhone && (
            <ContactLine label={t('directory.organisation.phone')}>
              <Anchor href={`tel:${contactPhone.replace(/[^\d+]/g, '')}`}>{contactPhone}</Anchor>
            </ContactLine>
          )}
          {address && (
            <ContactLine label={t('directory.organisation.address')}>
              <Text component="span" style={{ whiteSpace: 'pre-line' }}>
                {address}
              </Text>
            </ContactLine>
          )}
        </Stack>
      ) : (
        <Text>{t('directory.organisation.noContact')}</Text>
      )}
    </Paper>
  );
}

function ContactLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Where the structure works: the whole territory, its départements, or a few communes. */
function AreaCard({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { communes, departements, territory } = organisation;
  const listed = communes.length <= MAX_LISTED_COMMUNES ? communes : [];
  const names = useCommunesByCode(territory.code, listed);
  const lines: string[] = [];
  if (communes.length === 0 && departements.length === 0) {
    lines.push(t('directory.organisation.wholeTerritory', { name: territory.name }));
  }
  if (departements.length > 0) {
    lines.push(
      t('directory.organisation.departements', {
        count: departements.length,
        list: departements.map(departementLabel).join(', '),
      }),
    );
  }
  if (communes.length > MAX_LISTED_COMMUNES) {
    lines.push(t('directory.organisation.manyCommunes', { count: communes.length }));
  } else if (communes.length > 0) {
    lines.push(
      t('directory.organisation.communes', {
        count: communes.length,
        list: communes.map((code) => names.byCode.get(code)?.name ?? code).join(', '),
      }),
    );
  }
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="organisation-area">
      <Title order={2} fz="h4" id="organisation-area" mb="sm">
        {t('directory.organisation.areaTitle')}
      </Title>
      <Stack gap={4}>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Stack>
    </Paper>
  );
}

function OrganisationNotFound() {
  const { t } = useTranslation();
  return (
    <Container size="sm" px="md" py="xl">
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('directory.organisation.notFoundTitle')}</PageHeading>
        <Text>{t('directory.organisation.notFoundBody')}</Text>
        <Anchor component={Link} to="/directory">
          {t('directory.organisation.backToDirectory')}
        </Anchor>
      </Stack>
    </Container>
  );
}

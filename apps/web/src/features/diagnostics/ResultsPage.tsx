import { isApiError } from '@essaim/api-client';
import { Alert, Button, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useDiagnostic, useDiagnosticResults } from '../../api/diagnostics';
import { useProject } from '../../api/projects';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { Breadcrumbs } from '../projects/Breadcrumbs';

import { DiagnosticLoadError } from './DiagnosticPage';
import { OfferCard } from './OfferCard';
import { NeedProfileView } from './NeedProfileView';

// recharts is heavy: it comes in its own file, only when a chart is shown.

/** The best matches come first; the others are one click away. */
const FIRST_OFFERS = 6;

/** `/app/diagnostics/:diagnosticId/results`: the need profile, the matching offers, what comes next. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { diagnosticId = '' } = useParams();
  const results = useDiagnosticResults(diagnosticId);
  const diagnostic = useDiagnostic(diagnosticId);
  const projectId = diagnostic.data?.projectId ?? '';
  const project = useProject(projectId, projectId !== '');
  const [allOffers, setAllOffers] = useState(false);
  // Showing more offers moves focus to the first one added, so keyboard users continue from there.
  useEffect(() => {
    if (allOffers) document.getElementById(`offer-${FIRST_OFFERS}`)?.focus();
  }, [allOffers]);

  if (results.isPending) return <FullPageLoader />;
  if (results.isError) {
    if (isApiError(results.error) && results.error.status === 409) {
      return (
        <Stack gap="md" align="flex-start" maw={720}>
          <PageHeading>{t('results.title')}</PageHeading>
          <Text>{t('results.notSubmitted')}</Text>
          <Button component={Link} to={`/app/diagnostics/${diagnosticId}`}>
            {t('results.resume')}
          </Button>
        </Stack>
      );
    }
    return <DiagnosticLoadError error={results.error} onRetry={() => void results.refetch()} />;
  }

  const { needProfile, matches } = results.data;
  const reference = results.data.case.reference;
  const projectPath = project.data ? `/app/projects/${project.data.id}` : null;

  return (
    <Stack gap="xl">
      <Breadcrumbs
        items={[
          { label: t('projects.title'), to: '/app/projects' },
          ...(project.data && projectPath ? [{ label: project.data.name, to: projectPath }] : []),
          { label: t('results.breadcrumb') },
        ]}
      />
      <PageHeading>{t('results.title')}</PageHeading>

      <Alert color="essaim" variant="light" title={t('results.caseTitle', { reference })} maw={760}>
        <Text size="sm">{t('results.caseBody')}</Text>
      </Alert>

      <Stack gap="md" component="section" aria-labelledby="need-profile-title">
        <Title order={2} id="need-profile-title">
          {t('results.profileTitle')}
        </Title>
        <Text maw={760}>{t('results.profileIntro')}</Text>
        <NeedProfileView profile={needProfile} />
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="offers-title">
        <Title order={2} id="offers-title">
          {t('results.offersTitle')}
        </Title>
        {matches.length > 0 ? (
          <>
            <Text maw={760}>{t('results.offersIntro')}</Text>
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="md"
              component="ul"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
            >
              {(allOffers ? matches : matches.slice(0, FIRST_OFFERS)).map((match, index) => (
                <li key={match.offer.id}>
                  <OfferCard match={match} headingId={`offer-${index}`} />
                </li>
              ))}
            </SimpleGrid>
            {!allOffers && matches.length > FIRST_OFFERS && (
              <Button variant="outline" w="fit-content" onClick={() => setAllOffers(true)}>
                {t('results.moreOffers', { count: matches.length - FIRST_OFFERS })}
              </Button>
            )}
          </>
        ) : (
          <Stack gap="sm" align="flex-start" maw={760}>
            <Text>{t('results.offersEmpty')}</Text>
            <Button component={Link} to="/directory" variant="outline">
              {t('results.directory')}
            </Button>
          </Stack>
        )}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="next-title" maw={760}>
        <Title order={2} id="next-title">
          {t('results.nextTitle')}
        </Title>
        <List type="ordered" spacing="xs">
          <List.Item>{t('results.next1')}</List.Item>
          <List.Item>{t('results.next2')}</List.Item>
          <List.Item>{t('results.next3')}</List.Item>
        </List>
        {projectPath && (
          <Button component={Link} to={projectPath} variant="outline" w="fit-content">
            {t('results.backToProject')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

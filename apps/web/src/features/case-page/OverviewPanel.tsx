import { Anchor, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { personName } from '../../api/case-lists';
import type { CaseDto } from '../../api/cases';
import { useDiagnosticResults } from '../../api/diagnostics';
import { OfferCard } from '../diagnostics/OfferCard';

import classes from './CasePage.module.css';
import { LoadError } from '../../ui/LoadError';
import { NeedProfileView } from '../diagnostics/NeedProfileView';

// recharts is heavy: it comes in its own file, only when the chart is shown.

/** The best matches; the others are on the diagnostic's results page. */
const SHOWN_OFFERS = 6;

/** The project, its need profile and the offers matching it: what the advisor needs to orient it. */
export function OverviewPanel({ record }: { record: CaseDto }) {
  const { t } = useTranslation();
  const { project } = record;
  const facts: [string, string][] = [
    [t('projects.page.legalForm'), t(`projects.legalForms.${project.legalForm}`)],
    [t('projects.page.sector'), t(`projects.sectors.${project.sector}`)],
    [t('casePage.overview.projectStage'), t(`projects.stages.${project.stage}`)],
    [t('projects.page.commune'), project.commune?.name ?? t('casePage.overview.noCommune')],
    [t('casePage.overview.holders'), record.holders.map(personName).join(', ') || t('casePage.none')],
  ];
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="overview-project">
        <Title order={2} fz="h3" id="overview-project">
          {t('casePage.overview.projectTitle')}
        </Title>
        <dl className={classes.facts}>
          <dt>{t('projects.page.summary')}</dt>
          <dd className={classes.summary}>{project.summary.trim() || t('projects.page.noSummary')}</dd>
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
        <Anchor component={Link} to={`/app/projects/${project.id}`} w="fit-content">
          {t('casePage.overview.projectPage')}
        </Anchor>
      </Stack>
      <DiagnosticOverview diagnosticId={record.diagnosticId} />
    </Stack>
  );
}

function DiagnosticOverview({ diagnosticId }: { diagnosticId: string }) {
  const { t } = useTranslation();
  const results = useDiagnosticResults(diagnosticId);
  if (results.isPending) return <Skeleton height={240} radius="md" />;
  if (results.isError) {
    return (
      <LoadError
        title={t('casePage.overview.resultsError')}
        error={results.error}
        onRetry={() => void results.refetch()}
      />
    );
  }
  const { needProfile, matches } = results.data;
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="overview-needs">
        <Title order={2} fz="h3" id="overview-needs">
          {t('casePage.overview.needsTitle')}
        </Title>
        <NeedProfileView profile={needProfile} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="overview-offers">
        <Title order={2} fz="h3" id="overview-offers">
          {t('casePage.overview.offersTitle')}
        </Title>
        {matches.length === 0 ? (
          <Text size="sm">{t('casePage.overview.noOffers')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {matches.slice(0, SHOWN_OFFERS).map((match) => (
              <li key={match.offer.id}>
                <OfferCard match={match} />
              </li>
            ))}
          </SimpleGrid>
        )}
        <Anchor component={Link} to={`/app/diagnostics/${diagnosticId}/results`} w="fit-content">
          {t('casePage.overview.allResults', { count: matches.length })}
        </Anchor>
      </Stack>
    </>
  );
}

import { isApiError } from '@essaim/api-client';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useDiagnostic } from '../../api/diagnostics';
import { errorMessage } from '../../api/errors';
import { useProject } from '../../api/projects';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { Breadcrumbs } from '../projects/Breadcrumbs';
import { useFormatters } from '../projects/format';

import { DiagnosticForm } from './DiagnosticForm';

/** `/app/diagnostics/:diagnosticId`: the needs diagnostic, answered over as many sittings as needed. */
export function DiagnosticPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { diagnosticId = '' } = useParams();
  const diagnostic = useDiagnostic(diagnosticId);
  const project = useProject(diagnostic.data?.projectId ?? '', diagnostic.data !== undefined);

  if (diagnostic.isPending) return <FullPageLoader />;
  if (diagnostic.isError) {
    return <DiagnosticLoadError error={diagnostic.error} onRetry={() => void diagnostic.refetch()} />;
  }

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: t('projects.title'), to: '/app/projects' },
        ...(project.data ? [{ label: project.data.name, to: `/app/projects/${project.data.id}` }] : []),
        { label: t('diagnostic.breadcrumb') },
      ]}
    />
  );

  if (diagnostic.data.status === 'submitted') {
    return (
      <Stack gap="lg" align="flex-start">
        {crumbs}
        <PageHeading>{t('diagnostic.title')}</PageHeading>
        <Text>
          {t('diagnostic.alreadySubmitted', { date: format.date(diagnostic.data.submittedAt ?? '') })}
        </Text>
        <Button component={Link} to={`/app/diagnostics/${diagnosticId}/results`}>
          {t('diagnostic.seeResults')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {crumbs}
      <DiagnosticForm key={diagnostic.data.id} diagnostic={diagnostic.data} />
    </Stack>
  );
}

/** A diagnostic or its results that cannot be shown: unknown or someone else's (404), or a failure. */
export function DiagnosticLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const notFound = isApiError(error) && (error.status === 404 || error.status === 403);
  return (
    <Stack gap="md" align="flex-start" maw={720}>
      <PageHeading>{notFound ? t('diagnostic.notFoundTitle') : t('diagnostic.loadError')}</PageHeading>
      <Text>{notFound ? t('diagnostic.notFoundBody') : errorMessage(t, error)}</Text>
      {!notFound && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      <Anchor component={Link} to="/app/projects">
        {t('projects.page.backToProjects')}
      </Anchor>
    </Stack>
  );
}

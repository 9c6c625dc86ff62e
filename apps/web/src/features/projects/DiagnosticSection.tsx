import { isApiError } from '@essaim/api-client';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useProjectDiagnostics, useStartDiagnostic } from '../../api/diagnostics';
import { errorMessage } from '../../api/errors';
import type { ProjectDto } from '../../api/projects';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { useFormatters } from './format';

/** The project's needs diagnostic: start it, resume it, see its results, or take a new one. */
export function DiagnosticSection({ project }: { project: ProjectDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const start = useStartDiagnostic(project.id);
  const history = useProjectDiagnostics(project.id);
  const latest = project.latestDiagnostic;
  const canAnswer = project.myRole !== 'staff';

  const onStart = () =>
    start.mutate(undefined, {
      onSuccess: (diagnostic) => void navigate(`/app/diagnostics/${diagnostic.id}`),
    });
  const noQuestionnaire = isApiError(start.error) && start.error.status === 404;

  return (
    <Stack gap="md" component="section" aria-labelledby="diagnostic-title">
      <Title order={2} id="diagnostic-title">
        {t('projects.diagnostic.title')}
      </Title>
      {latest === null && (
        <>
          <Text maw={760}>{t('projects.diagnostic.introNone')}</Text>
          {canAnswer && (
            <Button onClick={onStart} loading={start.isPending} w="fit-content">
              {t('projects.diagnostic.start')}
            </Button>
          )}
        </>
      )}
      {latest?.status === 'draft' && (
        <>
          <Text maw={760}>{t('projects.diagnostic.introDraft')}</Text>
          {canAnswer && (
            <Button component={Link} to={`/app/diagnostics/${latest.id}`} w="fit-content">
              {t('projects.diagnostic.resume')}
            </Button>
          )}
        </>
      )}
      {latest?.status === 'submitted' && (
        <>
          <Text maw={760}>
            {t('projects.diagnostic.introSubmitted', { date: format.date(latest.submittedAt ?? '') })}
          </Text>
          <Group gap="sm">
            <Button component={Link} to={`/app/diagnostics/${latest.id}/results`}>
              {t('projects.diagnostic.results')}
            </Button>
            {canAnswer && (
              <Button variant="outline" onClick={onStart} loading={start.isPending}>
                {t('projects.diagnostic.again')}
              </Button>
            )}
          </Group>
          {canAnswer && (
            <Text size="sm" maw={760}>
              {t('projects.diagnostic.againHint')}
            </Text>
          )}
        </>
      )}
      {start.isError && (
        <ErrorAlert
          title={noQuestionnaire ? t('projects.diagnostic.noQuestionnaire') : errorMessage(t, start.error)}
        />
      )}
      {history.data && history.data.length > 1 && (
        <>
          <Title order={3} fz="h4">
            {t('projects.diagnostic.historyTitle')}
          </Title>
          <List spacing="xs">
            {history.data.map((diagnostic) => (
              <List.Item key={diagnostic.id}>
                <Anchor
                  component={Link}
                  to={
                    diagnostic.status === 'submitted'
                      ? `/app/diagnostics/${diagnostic.id}/results`
                      : `/app/diagnostics/${diagnostic.id}`
                  }
                >
                  {t('projects.diagnostic.historyItem', { date: format.date(diagnostic.createdAt) })}
                </Anchor>{' '}
                —{' '}
                {diagnostic.status === 'submitted'
                  ? t('projects.diagnostic.historySubmitted', {
                      date: format.date(diagnostic.submittedAt ?? ''),
                    })
                  : t('projects.diagnostic.historyDraft')}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

import type { TFunction } from 'i18next';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { errorMessage } from '../../api/errors';
import { useProjects, type ProjectDto } from '../../api/projects';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** The holder's projects as cards, or what to do when there is none yet. */
export function ProjectList() {
  const { t } = useTranslation();
  const projects = useProjects();

  if (projects.isPending) {
    return (
      <Stack gap="md" aria-busy="true">
        <Text className="visually-hidden" role="status">
          {t('common.loading')}
        </Text>
        <Skeleton height={120} radius="md" />
        <Skeleton height={120} radius="md" />
      </Stack>
    );
  }
  if (projects.isError) {
    return (
      <ErrorAlert title={t('projects.loadError')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(t, projects.error)}</Text>
          <Button variant="outline" size="compact-md" onClick={() => void projects.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </ErrorAlert>
    );
  }
  if (projects.data.length === 0) {
    return (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={720}>
        <Stack gap="md" align="flex-start">
          <Text>{t('projects.empty')}</Text>
          <Button component={Link} to="/app/projects/new">
            {t('projects.create')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="lg">
      <Button component={Link} to="/app/projects/new" w="fit-content">
        {t('projects.create')}
      </Button>
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing="md"
        component="ul"
        aria-label={t('projects.listLabel')}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {projects.data.map((project) => (
          <li key={project.id}>
            <ProjectCard project={project} />
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ProjectCard({ project }: { project: ProjectDto }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Stack gap="xs">
        <Title order={2} fz="h3" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/app/projects/${project.id}`} inherit>
            {project.name}
          </Anchor>
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="essaim">
            {t(`projects.stages.${project.stage}`)}
          </Badge>
          <Text size="sm">{project.commune.name}</Text>
        </Group>
        <Text fw={600}>{projectStatus(t, project)}</Text>
        {project.myRole === 'co_holder' && (
          <Text size="sm" c="dimmed">
            {t('projects.coHolder')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Where the project stands: its case when there is one, else its diagnostic. */
export function projectStatus(t: TFunction, project: ProjectDto): string {
  if (project.case) {
    return t('projects.status.case', {
      reference: project.case.reference,
      stage: t(`cases.stageStatus.${project.case.stage}`),
    });
  }
  if (!project.latestDiagnostic) return t('projects.status.none');
  return project.latestDiagnostic.status === 'draft'
    ? t('projects.status.draft')
    : t('projects.status.submitted');
}

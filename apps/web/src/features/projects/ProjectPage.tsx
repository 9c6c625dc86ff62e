import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useProject, type ProjectDto } from '../../api/projects';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { CaseTracker } from '../cases/CaseTracker';

import { Breadcrumbs } from './Breadcrumbs';
import { DiagnosticComparison } from './DiagnosticComparison';
import { DiagnosticSection } from './DiagnosticSection';
import { useFormatters } from './format';
import { ProjectLoadError } from './ProjectLoadError';
import { ProjectMembers } from './ProjectMembers';
import classes from './ProjectPage.module.css';

/** `/app/projects/:projectId`: the project, its diagnostic, its case and its holders. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const project = useProject(projectId);

  if (project.isPending) return <FullPageLoader />;
  if (project.isError)
    return <ProjectLoadError error={project.error} onRetry={() => void project.refetch()} />;
  const data = project.data;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Breadcrumbs items={[{ label: t('projects.title'), to: '/app/projects' }, { label: data.name }]} />
        <PageHeading>{data.name}</PageHeading>
        <Group gap="xs">
          <Badge variant="light">{t(`projects.stages.${data.stage}`)}</Badge>
          <Text size="sm">{data.commune.name}</Text>
        </Group>
        {data.myRole !== 'staff' && (
          <Button component={Link} to={`/app/projects/${data.id}/edit`} variant="outline" w="fit-content">
            {t('projects.page.edit')}
          </Button>
        )}
      </Stack>

      <DiagnosticSection project={data} />

      {data.case && (
        <Stack gap="md" component="section" aria-labelledby="case-title">
          <Title order={2} id="case-title">
            {t('cases.title')}
          </Title>
          <CaseTracker caseId={data.case.id} />
        </Stack>
      )}

      <DiagnosticComparison projectId={data.id} />
      <ProjectProfile project={data} />
      <ProjectMembers project={data} />
    </Stack>
  );
}

function ProjectProfile({ project }: { project: ProjectDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows: [string, string][] = [
    [t('projects.page.legalForm'), t(`projects.legalForms.${project.legalForm}`)],
    [t('projects.page.siret'), project.siret ?? t('projects.page.noSiret')],
    [t('projects.page.sector'), t(`projects.sectors.${project.sector}`)],
    [t('projects.page.stage'), t(`projects.stages.${project.stage}`)],
    [t('projects.page.commune'), `${project.commune.name} (${project.commune.departementCode})`],
    [t('projects.page.jobsNow'), format.number(project.jobsNow)],
    [t('projects.page.jobsPlanned'), format.number(project.jobsPlanned)],
    [t('projects.page.fundingNeed'), format.euros(project.fundingNeedCents)],
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="profile-title" maw={760}>
      <Title order={2} id="profile-title">
        {t('projects.page.profileTitle')}
      </Title>
      <dl className={classes.profile}>
        <dt>{t('projects.page.summary')}</dt>
        <dd className={classes.summary}>{project.summary.trim() || t('projects.page.noSummary')}</dd>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </Stack>
  );
}

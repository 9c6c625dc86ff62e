import { isApiError } from '@essaim/api-client';
import { can, LEGAL_FORMS, PROJECT_STAGES, SECTORS } from '@essaim/domain';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { errorMessage } from '../../api/errors';
import { useCreateProject, useProject, useUpdateProject, type ProjectDto } from '../../api/projects';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { Breadcrumbs } from './Breadcrumbs';
import { CommuneCombobox } from './CommuneCombobox';
import { ProjectLoadError } from './ProjectLoadError';
import {
  EMPTY_PROJECT,
  localProblems,
  needsSiret,
  PROJECT_FIELDS,
  projectInput,
  serverProblems,
  siretProblem,
  valuesOf,
  type ProjectErrors,
  type ProjectField,
  type ProjectFormValues,
} from './project-form';
import { RequiredMark } from './RequiredMark';

/** `/app/projects/new`: a holder describes a new project. */
export function NewProjectPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'project:manage-own')) return <NotFoundPage />;
  return <ProjectForm project={null} />;
}

/** `/app/projects/:projectId/edit`. */
export function EditProjectPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  if (project.isPending) return <FullPageLoader />;
  if (project.isError)
    return <ProjectLoadError error={project.error} onRetry={() => void project.refetch()} />;
  // A new version (reloaded after a conflict) starts the form again from what is saved.
  return (
    <ProjectForm
      key={project.data.version}
      project={project.data}
      reloading={project.isFetching}
      onReload={() => void project.refetch()}
    />
  );
}

function ProjectForm({
  project,
  reloading = false,
  onReload,
}: {
  project: ProjectDto | null;
  reloading?: boolean;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? '');
  const save = project === null ? create : update;

  const [values, setValues] = useState<ProjectFormValues>(() =>
    project === null ? EMPTY_PROJECT : valuesOf(project),
  );
  const [localErrors, setLocalErrors] = useState<ProjectErrors>({});
  // Fields changed since the API found a problem with them: its message no longer applies.
  const [changedSinceServer, setChangedSinceServer] = useState<ReadonlySet<ProjectField>>(new Set());
  const [siretBlurred, setSiretBlurred] = useState(false);

  const nameRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const legalFormRef = useRef<HTMLSelectElement>(null);
  const siretRef = useRef<HTMLInputElement>(null);
  const sectorRef = useRef<HTMLSelectElement>(null);
  const stageRef = useRef<HTMLSelectElement>(null);
  const communeRef = useRef<HTMLInputElement>(null);
  const jobsNowRef = useRef<HTMLInputElement>(null);
  const jobsPlannedRef = useRef<HTMLInputElement>(null);
  const fundingRef = useRef<HTMLInputElement>(null);
  const refs: Record<ProjectField, RefObject<HTMLElement | null>> = {
    name: nameRef,
    summary: summaryRef,
    legalForm: legalFormRef,
    siret: siretRef,
    sector: sectorRef,
    stage: stageRef,
    communeCode: communeRef,
    jobsNow: jobsNowRef,
    jobsPlanned: jobsPlannedRef,
    fundingNeedCents: fundingRef,
  };
  const focusFirst = (errors: ProjectErrors) => {
    const first = PROJECT_FIELDS.find((field) => errors[field] !== undefined);
    if (first !== undefined) refs[first].current?.focus();
  };

  const server = serverProblems(t, save.error);
  const errors: ProjectErrors = { ...localErrors };
  for (const field of PROJECT_FIELDS) {
    if (errors[field] === undefined && !changedSinceServer.has(field) && server[field] !== undefined)
      errors[field] = server[field];
  }
  // The SIRET is checked as it is typed, not only on submit.
  if (needsSiret(values.legalForm)) {
    errors.siret ??= siretProblem(t, values.siret, siretBlurred);
  } else {
    delete errors.siret;
  }

  const set = <K extends keyof ProjectFormValues>(
    key: K,
    field: ProjectField,
    value: ProjectFormValues[K],
  ) => {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
    setChangedSinceServer((current) => new Set(current).add(field));
  };

  const conflict = isApiError(save.error) && save.error.code === 'conflict';
  const fieldProblems = Object.keys(server).length > 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = localProblems(t, values);
    setLocalErrors(found);
    setSiretBlurred(true);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setChangedSinceServer(new Set());
    const onError = (error: unknown) => focusFirst(serverProblems(t, error));
    const onSuccess = (saved: ProjectDto) => void navigate(`/app/projects/${saved.id}`);
    if (project === null) create.mutate(projectInput(values, false), { onSuccess, onError });
    else update.mutate({ ...projectInput(values, true), version: project.version }, { onSuccess, onError });
  };

  const title = project === null ? t('projects.form.newTitle') : t('projects.form.editTitle');
  const required = <RequiredMark />;
  const choose = { value: '', label: t('projects.form.choose'), disabled: true };

  return (
    <Stack gap="lg" maw={760}>
      <Breadcrumbs
        items={[
          { label: t('projects.title'), to: '/app/projects' },
          ...(project !== null ? [{ label: project.name, to: `/app/projects/${project.id}` }] : []),
          { label: title },
        ]}
      />
      <PageHeading>{title}</PageHeading>
      <Text>{t('projects.form.intro')}</Text>
      <Text size="sm">{t('projects.form.requiredNote')}</Text>

      {conflict && (
        <Alert color="red" variant="light" role="alert" title={t('projects.form.conflictTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('projects.form.conflictBody')}</Text>
            <Button variant="outline" loading={reloading} onClick={onReload}>
              {t('projects.form.conflictReload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {save.isError && !conflict && (
        <ErrorAlert title={fieldProblems ? t('projects.form.fixErrors') : errorMessage(t, save.error)} />
      )}

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              ref={nameRef}
              label={
                <>
                  {t('projects.form.name')} {required}
                </>
              }
              description={t('projects.form.nameHint')}
              value={values.name}
              onChange={(event) => set('name', 'name', event.currentTarget.value)}
              error={errors.name}
              maxLength={200}
              required
              withAsterisk={false}
            />
            <Textarea
              ref={summaryRef}
              label={t('projects.form.summary')}
              description={t('projects.form.summaryHint')}
              value={values.summary}
              onChange={(event) => set('summary', 'summary', event.currentTarget.value)}
              error={errors.summary}
              autosize
              minRows={3}
              maxRows={10}
            />
            <NativeSelect
              ref={legalFormRef}
              label={
                <>
                  {t('projects.form.legalForm')} {required}
                </>
              }
              description={t('projects.form.legalFormHint')}
              value={values.legalForm}
              onChange={(event) =>
                set('legalForm', 'legalForm', event.currentTarget.value as ProjectFormValues['legalForm'])
              }
              data={[
                choose,
                ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`projects.legalForms.${form}`) })),
              ]}
              error={errors.legalForm}
              required
              withAsterisk={false}
            />
            {needsSiret(values.legalForm) && (
              <TextInput
                ref={siretRef}
                label={t('projects.form.siret')}
                description={t('projects.form.siretHint')}
                value={values.siret}
                onChange={(event) => set('siret', 'siret', event.currentTarget.value)}
                onBlur={() => setSiretBlurred(true)}
                error={errors.siret}
                inputMode="numeric"
                autoComplete="off"
                maxLength={30}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                ref={sectorRef}
                label={
                  <>
                    {t('projects.form.sector')} {required}
                  </>
                }
                value={values.sector}
                onChange={(event) =>
                  set('sector', 'sector', event.currentTarget.value as ProjectFormValues['sector'])
                }
                data={[
                  choose,
                  ...SECTORS.map((sector) => ({ value: sector, label: t(`projects.sectors.${sector}`) })),
                ]}
                error={errors.sector}
                required
                withAsterisk={false}
              />
              <NativeSelect
                ref={stageRef}
                label={
                  <>
                    {t('projects.form.stage')} {required}
                  </>
                }
                value={values.stage}
                onChange={(event) =>
                  set('stage', 'stage', event.currentTarget.value as ProjectFormValues['stage'])
                }
                data={[
                  choose,
                  ...PROJECT_STAGES.map((stage) => ({ value: stage, label: t(`projects.stages.${stage}`) })),
                ]}
                error={errors.stage}
                required
                withAsterisk={false}
              />
            </SimpleGrid>
            <CommuneCombobox
              inputRef={communeRef}
              territoryCode={me.territory?.code}
              label={
                <>
                  {t('projects.form.commune')} {required}
                </>
              }
              description={t('projects.form.communeHint')}
              selected={values.commune}
              onSelect={(choice) => set('commune', 'communeCode', choice)}
              error={errors.communeCode}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                ref={jobsNowRef}
                label={t('projects.form.jobsNow')}
                description={t('projects.form.jobsNowHint')}
                value={values.jobsNow}
                onChange={(event) => set('jobsNow', 'jobsNow', event.currentTarget.value)}
                error={errors.jobsNow}
                inputMode="numeric"
                autoComplete="off"
              />
              <TextInput
                ref={jobsPlannedRef}
                label={t('projects.form.jobsPlanned')}
                description={t('projects.form.jobsPlannedHint')}
                value={values.jobsPlanned}
                onChange={(event) => set('jobsPlanned', 'jobsPlanned', event.currentTarget.value)}
                error={errors.jobsPlanned}
                inputMode="numeric"
                autoComplete="off"
              />
            </SimpleGrid>
            <TextInput
              ref={fundingRef}
              label={t('projects.form.fundingNeed')}
              description={t('projects.form.fundingNeedHint')}
              value={values.fundingNeed}
              onChange={(event) => set('fundingNeed', 'fundingNeedCents', event.currentTarget.value)}
              error={errors.fundingNeedCents}
              inputMode="decimal"
              autoComplete="off"
            />
            <Group gap="sm" mt="md">
              <Button type="submit" loading={save.isPending}>
                {project === null ? t('projects.form.submitCreate') : t('projects.form.submitEdit')}
              </Button>
              <Button
                component={Link}
                to={project === null ? '/app/projects' : `/app/projects/${project.id}`}
                variant="subtle"
              >
                {t('projects.form.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

import type { QuestionnaireDefinition } from '@essaim/domain';
import { isApiError } from '@essaim/api-client';
import { Button, Group, Modal, Paper, Radio, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

import {
  useAdminQuestionnaire,
  usePublishQuestionnaire,
  useSaveQuestionnaireDraft,
  type QuestionnaireAdmin,
  type QuestionnaireDraft,
} from '../../api/admin';
import { errorMessage } from '../../api/errors';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { isConflict } from '../admin-directory/form-errors';
import { RequireTerritoryAdmin } from '../admin-directory/RequireTerritoryAdmin';

import { formatDateTime } from './dates';
import { questionCount, type QuestionPosition } from './definition-edits';
import { ProblemsPanel } from './ProblemsPanel';
import { draftProblems } from './problems';
import { QuestionnairePreview } from './QuestionnairePreview';
import { SectionsEditor } from './SectionsEditor';
import { VersionsList } from './VersionsList';

/** `/app/questionnaire`: the territory's needs diagnostic — its draft, a preview, publication, versions. */
export function QuestionnaireEditorPage() {
  return (
    <RequireTerritoryAdmin>
      <QuestionnaireEditor />
    </RequireTerritoryAdmin>
  );
}

function QuestionnaireEditor() {
  const { t } = useTranslation();
  const questionnaire = useAdminQuestionnaire();
  // Bumped by "reload" after a conflict: the editor starts again from the server's draft.
  const [generation, setGeneration] = useState(0);

  if (questionnaire.isPending) return <FullPageLoader />;
  if (questionnaire.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('questionnaireEditor.title')}</PageHeading>
        <ErrorAlert title={t('questionnaireEditor.loadFailed')}>
          <Text size="sm">{errorMessage(t, questionnaire.error)}</Text>
        </ErrorAlert>
        <Button onClick={() => void questionnaire.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  return (
    <DraftEditor
      key={generation}
      data={questionnaire.data}
      onReload={async () => {
        await questionnaire.refetch();
        setGeneration((value) => value + 1);
      }}
    />
  );
}

const sameDefinition = (a: QuestionnaireDefinition, b: QuestionnaireDefinition) =>
  JSON.stringify(a) === JSON.stringify(b);

function DraftEditor({ data, onReload }: { data: QuestionnaireAdmin; onReload: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const save = useSaveQuestionnaireDraft();
  const publish = usePublishQuestionnaire();
  const [saved, setSaved] = useState<QuestionnaireDraft>(data.draft);
  const [definition, setDefinition] = useState<QuestionnaireDefinition>(data.draft.definition);
  const [openSection, setOpenSection] = useState<number | null>(definition.sections.length > 0 ? 0 : null);
  const [openQuestion, setOpenQuestion] = useState<QuestionPosition | null>(null);
  const [tab, setTab] = useState<string | null>('edit');
  const [previewLanguage, setPreviewLanguage] = useState<'fr' | 'en'>('fr');
  const [announcement, setAnnouncement] = useState('');
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const publishHintId = useId();

  const problems = useMemo(() => draftProblems(t, definition), [t, definition]);
  const dirty = !sameDefinition(definition, saved.definition);
  const nextNumber = Math.max(0, ...data.versions.map((version) => version.number)) + 1;
  const conflict = isConflict(save.error) || isConflict(publish.error);

  // Leaving with unsaved changes: the browser asks (tab closed, reload), and so does the app (a link).
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  const edit = (next: QuestionnaireDefinition) => {
    setDefinition(next);
    setPublished(null);
  };

  const saveDraft = async (): Promise<QuestionnaireDraft | null> => {
    try {
      const draft = await save.mutateAsync({ revision: saved.revision, definition });
      setSaved(draft);
      setAnnouncement(t('questionnaireEditor.saved'));
      return draft;
    } catch {
      return null;
    }
  };

  const confirmPublish = async () => {
    const draft = dirty ? await saveDraft() : saved;
    if (!draft) {
      setConfirmOpen(false);
      return;
    }
    try {
      const version = await publish.mutateAsync({ revision: draft.revision });
      setConfirmOpen(false);
      setPublished(version.number);
      setAnnouncement(t('questionnaireEditor.publish.done', { number: version.number }));
    } catch {
      setConfirmOpen(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    await onReload();
    setReloading(false);
  };

  const goToProblem = (at: QuestionPosition | null, section: number | null) => {
    setTab('edit');
    if (at) {
      setOpenSection(at.section);
      setOpenQuestion(at);
      window.requestAnimationFrame(() =>
        document.getElementById(`question-${at.section}-${at.question}-toggle`)?.focus(),
      );
    } else if (section !== null) {
      setOpenSection(section);
      setOpenQuestion(null);
    }
  };

  const publishError = publish.isError && !conflict ? publish.error : null;

  return (
    <Stack gap="lg" pb={120}>
      <Stack gap="xs" maw={760}>
        <PageHeading>{t('questionnaireEditor.title')}</PageHeading>
        <Text>{t('questionnaireEditor.intro')}</Text>
      </Stack>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {published !== null && (
        <Paper withBorder radius="md" p="md" bg="essaim.0">
          <Text fw={600}>{t('questionnaireEditor.publish.done', { number: published })}</Text>
          <Text size="sm">{t('questionnaireEditor.publish.doneHint')}</Text>
        </Paper>
      )}
      {conflict && (
        <ConflictAlert
          message={t('questionnaireEditor.conflict')}
          onReload={() => void reload()}
          reloading={reloading}
        />
      )}
      {save.isError && !conflict && (
        <ErrorAlert title={t('questionnaireEditor.saveFailed')}>
          <Text size="sm">{errorMessage(t, save.error)}</Text>
        </ErrorAlert>
      )}
      {publishError !== null && (
        <ErrorAlert title={t('questionnaireEditor.publish.failed')}>
          <Stack gap={4}>
            <Text size="sm">{errorMessage(t, publishError)}</Text>
            {isApiError(publishError) &&
              publishError.details.map((detail, index) => (
                <Text size="sm" key={`${detail.field}-${index}`}>
                  {detail.message}
                </Text>
              ))}
          </Stack>
        </ErrorAlert>
      )}
      <ProblemsPanel problems={problems} onGoTo={goToProblem} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('questionnaireEditor.tabs.label')}>
          <Tabs.Tab value="edit">{t('questionnaireEditor.tabs.edit')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('questionnaireEditor.tabs.preview')}</Tabs.Tab>
          <Tabs.Tab value="versions">
            {t('questionnaireEditor.tabs.versions', { count: data.versions.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="edit" pt="md">
          <Title order={2} className="visually-hidden">
            {t('questionnaireEditor.tabs.edit')}
          </Title>
          <SectionsEditor
            definition={definition}
            onChange={edit}
            openSection={openSection}
            onOpenSection={setOpenSection}
            openQuestion={openQuestion}
            onOpenQuestion={setOpenQuestion}
            announce={setAnnouncement}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <Stack gap="md">
            <Title order={2} fz="h3">
              {t('questionnaireEditor.preview.title')}
            </Title>
            <Text>{t('questionnaireEditor.preview.intro')}</Text>
            <Radio.Group
              label={t('questionnaireEditor.preview.language')}
              value={previewLanguage}
              onChange={(value) => setPreviewLanguage(value === 'en' ? 'en' : 'fr')}
            >
              <Group gap="lg" mt="xs">
                <Radio value="fr" label="Français" lang="fr" />
                <Radio value="en" label="English" lang="en" />
              </Group>
            </Radio.Group>
            <QuestionnairePreview definition={definition} language={previewLanguage} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsList versions={data.versions} />
        </Tabs.Panel>
      </Tabs>

      <Paper
        withBorder
        shadow="sm"
        radius="md"
        p="sm"
        style={{ position: 'sticky', bottom: 'var(--mantine-spacing-sm)', zIndex: 5 }}
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm" fw={dirty ? 600 : 400}>
            {dirty
              ? t('questionnaireEditor.unsaved')
              : t('questionnaireEditor.savedAt', { date: formatDateTime(saved.updatedAt, i18n.language) })}
          </Text>
          <Group gap="sm">
            <Button
              variant="outline"
              onClick={() => void saveDraft()}
              loading={save.isPending}
              disabled={!dirty}
            >
              {t('questionnaireEditor.save')}
            </Button>
            <Button
              onClick={() => setConfirmOpen(true)}
              disabled={problems.length > 0}
              aria-describedby={problems.length > 0 ? publishHintId : undefined}
            >
              {t('questionnaireEditor.publish.button', { number: nextNumber })}
            </Button>
          </Group>
        </Group>
        {problems.length > 0 && (
          <Text size="sm" id={publishHintId} mt={4}>
            {t('questionnaireEditor.publish.blocked', { count: problems.length })}
          </Text>
        )}
      </Paper>

      <Modal
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('questionnaireEditor.publish.confirmTitle', { number: nextNumber })}
        centered
      >
        <Stack gap="md">
          <Text>{t('questionnaireEditor.publish.confirmFrozen', { number: nextNumber })}</Text>
          <Text>{t('questionnaireEditor.publish.confirmDiagnostics')}</Text>
          {dirty && <Text fw={600}>{t('questionnaireEditor.publish.confirmSavesFirst')}</Text>}
          <Text size="sm" c="dimmed">
            {t('questionnaireEditor.publish.confirmCount', { count: questionCount(definition) })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={() => setConfirmOpen(false)}>
              {t('questionnaireEditor.cancel')}
            </Button>
            <Button onClick={() => void confirmPublish()} loading={save.isPending || publish.isPending}>
              {t('questionnaireEditor.publish.button', { number: nextNumber })}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('questionnaireEditor.leave.title')}
        centered
      >
        <Stack gap="md">
          <Text>{t('questionnaireEditor.leave.body')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={() => blocker.proceed?.()}>
              {t('questionnaireEditor.leave.leave')}
            </Button>
            <Button onClick={() => blocker.reset?.()}>{t('questionnaireEditor.leave.stay')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

import { DOCUMENT_CATEGORIES, type DocumentCategory } from '@essaim/domain';
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import {
  documentDownloadUrl,
  useDocuments,
  useUploadDocument,
  type DocumentDto,
  type DocumentVersionDto,
} from '../../api/documents';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { useCaseFormatters } from './format';
import { LoadError } from '../../ui/LoadError';
import type { HeadingLevel } from './section';
import { ACCEPTED_FILES, uploadErrorMessage } from './upload-errors';

/** The case's documents, newest first, and a form to add one; holders and staff alike. */
export function DocumentsPanel({
  caseId,
  staff,
  level,
}: {
  caseId: string;
  staff: boolean;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const documents = useDocuments(caseId);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`document-form-${caseId}`}>
        <Stack gap="sm">
          <Title order={level} fz="h4" id={`document-form-${caseId}`}>
            {t('casePage.documents.addTitle')}
          </Title>
          <DocumentUploadForm caseId={caseId} />
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby={`documents-list-${caseId}`}>
        <Title order={level} fz="h4" id={`documents-list-${caseId}`}>
          {t('casePage.documents.listTitle')}
        </Title>
        {documents.isPending ? (
          <Skeleton height={80} radius="md" />
        ) : documents.isError ? (
          <LoadError
            title={t('casePage.documents.loadError')}
            error={documents.error}
            onRetry={() => void documents.refetch()}
          />
        ) : documents.data.length === 0 ? (
          <Text size="sm">{staff ? t('casePage.documents.empty') : t('casePage.documents.emptyHolder')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {documents.data.map((document) => (
              <li key={document.id}>
                <DocumentCard caseId={caseId} document={document} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

/** Picks a file and its category (fixed for a new version) and sends it, showing its progress. */
function DocumentUploadForm({
  caseId,
  newVersionOf,
  onUploaded,
}: {
  caseId: string;
  newVersionOf?: DocumentDto;
  onUploaded?: () => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadDocument(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<DocumentCategory>(newVersionOf?.category ?? 'other');
  const [missing, setMissing] = useState(false);
  const [uploaded, setUploaded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null) {
      setMissing(true);
      return;
    }
    setUploaded(null);
    upload.mutate(
      { file, category, ...(newVersionOf ? { documentId: newVersionOf.id } : {}) },
      {
        onSuccess: () => {
          setUploaded(file.name);
          setFile(null);
          onUploaded?.();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {!newVersionOf && (
          <NativeSelect
            label={t('casePage.documents.category')}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value as DocumentCategory)}
            data={DOCUMENT_CATEGORIES.map((value) => ({
              value,
              label: t(`casePage.documents.categories.${value}`),
            }))}
            maw={360}
          />
        )}
        <FileInput
          label={t('casePage.documents.file')}
          description={t('casePage.upload.hint')}
          placeholder={t('casePage.upload.choose')}
          accept={ACCEPTED_FILES}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setMissing(false);
            upload.reset();
          }}
          error={missing ? t('casePage.upload.fileRequired') : undefined}
          clearable
          maw={480}
          required
        />
        {upload.isPending && file && <UploadProgress fileName={file.name} progress={upload.progress} />}
        {upload.isError && file && (
          <ErrorAlert title={t('casePage.upload.errorTitle')}>
            <Text size="sm">{uploadErrorMessage(t, upload.error, file.name)}</Text>
          </ErrorAlert>
        )}
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {newVersionOf ? t('casePage.documents.sendVersion') : t('casePage.documents.send')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {uploaded && (
            <Text size="sm" c="essaim.9" fw={600}>
              {t('casePage.documents.uploaded', { fileName: uploaded })}
            </Text>
          )}
        </div>
      </Stack>
    </form>
  );
}

/** How far a file's upload has gone, for sight and for screen readers. */
export function UploadProgress({ fileName, progress }: { fileName: string; progress: number }) {
  const { t } = useTranslation();
  const percent = Math.round(progress * 100);
  const label = t('casePage.upload.progress', { fileName, percent });
  return (
    <Stack gap={4}>
      <Text size="sm">{label}</Text>
      <Progress value={percent} aria-label={label} animated={percent < 100} />
    </Stack>
  );
}

function DocumentCard({ caseId, document }: { caseId: string; document: DocumentDto }) {
  const { t } = useTranslation();
  const [newVersion, setNewVersion] = useState(false);
  const [latest, ...earlier] = document.versions;
  if (latest === undefined) return null;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={latest.fileName}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="essaim" tt="none">
            {t(`casePage.documents.categories.${document.category}`)}
          </Badge>
          {document.messageId !== null && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('casePage.documents.fromMessage')}
            </Badge>
          )}
        </Group>
        <VersionLine documentId={document.id} version={latest} current />
        {earlier.length > 0 && (
          <details>
            <summary>
              <Text span size="sm">
                {t('casePage.documents.earlier', { count: earlier.length })}
              </Text>
            </summary>
            <Stack gap={4} mt="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {earlier.map((version) => (
                <li key={version.version}>
                  <VersionLine documentId={document.id} version={version} />
                </li>
              ))}
            </Stack>
          </details>
        )}
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setNewVersion(true)}>
            {t('casePage.documents.newVersion')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={newVersion}
        onClose={() => setNewVersion(false)}
        title={t('casePage.documents.newVersionTitle', { fileName: latest.fileName })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <DocumentUploadForm caseId={caseId} newVersionOf={document} onUploaded={() => setNewVersion(false)} />
      </Modal>
    </Paper>
  );
}

function VersionLine({
  documentId,
  version,
  current = false,
}: {
  documentId: string;
  version: DocumentVersionDto;
  current?: boolean;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  return (
    <Stack gap={2}>
      <Anchor
        href={documentDownloadUrl(documentId, current ? undefined : version.version)}
        download={version.fileName}
        fw={current ? 600 : 400}
        style={{ overflowWrap: 'anywhere' }}
      >
        <span className="visually-hidden">{t('casePage.documents.download')} </span>
        {version.fileName}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('casePage.documents.versionLine', {
          version: version.version,
          name: personName(version.uploadedBy),
          date: format.dateTime(version.createdAt),
          size: format.fileSize(version.sizeBytes),
        })}
      </Text>
    </Stack>
  );
}

import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  useAddNote,
  useEditNote,
  useNoteRevisions,
  useNotes,
  type NoteDto,
  type NoteVisibility,
} from '../../api/case-content';
import { personName } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';

import { InternalBadge } from './CaseTimeline';
import { useCaseFormatters } from './format';
import { LoadError } from '../../ui/LoadError';
import { RichText } from './RichText';
import type { HeadingLevel } from './section';

const NOTE_MAX_LENGTH = 20_000;

/**
 * The case's notes, newest first. Staff see them all, each marked internal or shared, write new
 * ones and edit their own; holders get only the shared ones from the API and read them.
 */
export function NotesPanel({
  caseId,
  staff,
  level,
}: {
  caseId: string;
  staff: boolean;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const notes = useNotes(caseId);
  return (
    <Stack gap="lg">
      {staff && <NoteForm caseId={caseId} level={level} />}
      <Stack gap="sm" component="section" aria-labelledby={`notes-list-${caseId}`}>
        <Title order={level} fz="h4" id={`notes-list-${caseId}`}>
          {staff ? t('casePage.notes.listTitle') : t('casePage.notes.sharedTitle')}
        </Title>
        {notes.isPending ? (
          <Skeleton height={80} radius="md" />
        ) : notes.isError ? (
          <LoadError
            title={t('casePage.notes.loadError')}
            error={notes.error}
            onRetry={() => void notes.refetch()}
          />
        ) : notes.data.length === 0 ? (
          <Text size="sm">{staff ? t('casePage.notes.empty') : t('casePage.notes.emptyHolder')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {notes.data.map((note) => (
              <li key={note.id}>
                <NoteCard note={note} caseId={caseId} staff={staff} onReload={() => void notes.refetch()} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function VisibilityBadge({ visibility }: { visibility: NoteVisibility }) {
  const { t } = useTranslation();
  return visibility === 'internal' ? (
    <InternalBadge />
  ) : (
    <Badge variant="light" color="essaim" size="sm" tt="none">
      {t('casePage.notes.sharedBadge')}
    </Badge>
  );
}

function NoteForm({ caseId, level }: { caseId: string; level: HeadingLevel }) {
  const { t } = useTranslation();
  const add = useAddNote(caseId);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('internal');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<NoteVisibility | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setMissing(true);
      return;
    }
    setSaved(null);
    add.mutate(
      { body, visibility },
      {
        onSuccess: (note) => {
          setBody('');
          setSaved(note.visibility);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`note-form-${caseId}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={level} fz="h4" id={`note-form-${caseId}`}>
            {t('casePage.notes.addTitle')}
          </Title>
          <Textarea
            label={t('casePage.notes.body')}
            description={t('casePage.notes.bodyHint')}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('casePage.notes.bodyRequired') : undefined}
            maxLength={NOTE_MAX_LENGTH}
            autosize
            minRows={3}
            maxRows={12}
            required
          />
          <Radio.Group label={t('casePage.notes.visibility')} value={visibility} onChange={setVisibility}>
            <Stack gap="xs" mt={4}>
              <Radio value="internal" label={t('casePage.notes.internalChoice')} />
              <Radio value="shared" label={t('casePage.notes.sharedChoice')} />
            </Stack>
          </Radio.Group>
          {add.isError && (
            <ErrorAlert title={t('casePage.notes.saveError')}>
              <Text size="sm">{errorMessage(t, add.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('casePage.notes.save')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {saved && (
              <Text size="sm" c="essaim.9" fw={600}>
                {saved === 'shared' ? t('casePage.notes.savedShared') : t('casePage.notes.savedInternal')}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function NoteCard({
  note,
  caseId,
  staff,
  onReload,
}: {
  note: NoteDto;
  caseId: string;
  staff: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={t('casePage.notes.noteBy', { name: personName(note.author) })}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text size="sm" fw={600}>
            {t('casePage.notes.byOn', {
              name: personName(note.author),
              date: format.dateTime(note.createdAt),
            })}
            {note.edited && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                {t('casePage.notes.editedOn', { date: format.dateTime(note.updatedAt) })}
              </Text>
            )}
          </Text>
          {staff && <VisibilityBadge visibility={note.visibility} />}
        </Group>
        {editing ? (
          <NoteEditor note={note} caseId={caseId} onDone={() => setEditing(false)} onReload={onReload} />
        ) : (
          <RichText>{note.body}</RichText>
        )}
        {!editing && (note.mine || note.edited) && (
          <Group gap="xs">
            {note.mine && (
              <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
                {t('casePage.notes.edit')}
              </Button>
            )}
            {note.edited && (
              <Button variant="subtle" size="compact-sm" onClick={() => setHistory(true)}>
                {t('casePage.notes.history')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {history && <NoteHistory note={note} onClose={() => setHistory(false)} />}
    </Paper>
  );
}

function NoteEditor({
  note,
  caseId,
  onDone,
  onReload,
}: {
  note: NoteDto;
  caseId: string;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const edit = useEditNote(caseId);
  const [body, setBody] = useState(note.body);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    edit.mutate({ noteId: note.id, body, version: note.version }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('casePage.notes.body')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={body.trim() === '' ? t('casePage.notes.bodyRequired') : undefined}
          maxLength={NOTE_MAX_LENGTH}
          autosize
          minRows={3}
          maxRows={12}
          data-autofocus
          required
        />
        {edit.isError &&
          (isConflict(edit.error) ? (
            <ConflictAlert
              title={t('casePage.notes.conflictTitle')}
              message={t('casePage.notes.conflict')}
              reloadLabel={t('casePage.reload')}
              onReload={() => {
                onReload();
                onDone();
              }}
            />
          ) : (
            <ErrorAlert title={t('casePage.notes.saveError')}>
              <Text size="sm">{errorMessage(t, edit.error)}</Text>
            </ErrorAlert>
          ))}
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={edit.isPending}>
            {t('casePage.notes.saveEdit')}
          </Button>
          <Button variant="default" size="compact-md" onClick={onDone}>
            {t('casePage.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The earlier texts of a note, newest first. */
function NoteHistory({ note, onClose }: { note: NoteDto; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const revisions = useNoteRevisions(note.id, true);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('casePage.notes.historyTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {revisions.isPending ? (
        <Skeleton height={80} />
      ) : revisions.isError ? (
        <LoadError
          title={t('casePage.notes.historyError')}
          error={revisions.error}
          onRetry={() => void revisions.refetch()}
        />
      ) : (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {revisions.data.map((revision) => (
            <li key={revision.version}>
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" fw={600} mb={4}>
                  {t('casePage.notes.revision', {
                    version: revision.version,
                    date: format.dateTime(revision.createdAt),
                  })}
                </Text>
                <RichText>{revision.body}</RichText>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </Modal>
  );
}

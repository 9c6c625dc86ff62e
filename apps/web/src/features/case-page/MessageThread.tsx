import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useMarkThreadRead, useMessages, usePostMessage, type MessageDto } from '../../api/case-content';
import { personName } from '../../api/case-lists';
import { documentDownloadUrl, useUploadDocument } from '../../api/documents';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { UploadProgress } from './DocumentsPanel';
import { useCaseFormatters } from './format';
import { LoadError } from '../../ui/LoadError';
import type { HeadingLevel } from './section';
import { uploadErrorMessage } from './upload-errors';
import { FilePicker } from './FilePicker';

const MESSAGE_MAX_LENGTH = 10_000;
const MAX_ATTACHMENTS = 5;

/**
 * The thread between the holder and the case's advisors, oldest first, and the form to write in
 * it. Opening it marks the thread read, so the other side sees "Lu".
 */
export function MessageThread({ caseId, level }: { caseId: string; level: HeadingLevel }) {
  const { t } = useTranslation();
  const thread = useMessages(caseId);
  useMarkReadOnOpen(caseId, thread.data?.items.at(-1)?.id, thread.data?.unreadCount ?? 0);

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby={`thread-${caseId}`}>
        <Title order={level} fz="h4" id={`thread-${caseId}`}>
          {t('casePage.messages.threadTitle')}
        </Title>
        {thread.isPending ? (
          <Skeleton height={120} radius="md" />
        ) : thread.isError ? (
          <LoadError
            title={t('casePage.messages.loadError')}
            error={thread.error}
            onRetry={() => void thread.refetch()}
          />
        ) : thread.data.items.length === 0 ? (
          <Text size="sm">{t('casePage.messages.empty')}</Text>
        ) : (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {thread.data.items.map((message) => (
              <li key={message.id}>
                <MessageBubble message={message} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <MessageComposer caseId={caseId} level={level} />
    </Stack>
  );
}

/** Marks the thread read once for each newest message, when the caller has unread ones. */
function useMarkReadOnOpen(caseId: string, lastMessageId: string | undefined, unreadCount: number) {
  const { mutate } = useMarkThreadRead(caseId);
  const markedUpTo = useRef<string | null>(null);
  useEffect(() => {
    if (unreadCount === 0 || lastMessageId === undefined || markedUpTo.current === lastMessageId) return;
    markedUpTo.current = lastMessageId;
    mutate();
  }, [mutate, lastMessageId, unreadCount]);
}

function MessageBubble({ message }: { message: MessageDto }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const author = message.mine
    ? t('casePage.messages.you')
    : t(`casePage.messages.sides.${message.author.side}`, { name: personName(message.author) });
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      bg={message.mine ? 'essaim.0' : undefined}
      ml={message.mine ? { base: 'md', sm: 'xl' } : 0}
      mr={message.mine ? 0 : { base: 'md', sm: 'xl' }}
      aria-label={t('casePage.messages.messageFrom', { author, date: format.dateTime(message.createdAt) })}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {author}{' '}
          <Text span size="sm" c="dimmed" fw={400}>
            · {format.dateTime(message.createdAt)}
          </Text>
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
        {message.attachments.length > 0 && (
          <Stack
            gap={2}
            component="ul"
            aria-label={t('casePage.messages.attachments')}
            style={{ margin: 0, paddingLeft: '1.2em' }}
          >
            {message.attachments.map((attachment) => (
              <li key={attachment.documentId}>
                <Anchor
                  href={documentDownloadUrl(attachment.documentId)}
                  download={attachment.fileName}
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {attachment.fileName}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  ({format.fileSize(attachment.sizeBytes)})
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {message.mine && (
          <Text size="xs" c="dimmed" ta="right">
            {message.readByOtherSide ? t('casePage.messages.read') : t('casePage.messages.sent')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** A file chosen for the message; its document id once uploaded, so a retry does not send it twice. */
interface Attachment {
  file: File;
  documentId?: string;
}

function MessageComposer({ caseId, level }: { caseId: string; level: HeadingLevel }) {
  const { t } = useTranslation();
  const post = usePostMessage(caseId);
  const upload = useUploadDocument(caseId);
  const [body, setBody] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState<File | null>(null);
  const [uploadFailure, setUploadFailure] = useState<{ fileName: string; error: unknown } | null>(null);
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);

  /** Uploads the files not sent yet, one after the other; the ids of all, or null when one fails. */
  const uploadAll = async (): Promise<string[] | null> => {
    const done: Attachment[] = [...attachments];
    for (const [index, attachment] of done.entries()) {
      if (attachment.documentId !== undefined) continue;
      setUploading(attachment.file);
      try {
        const document = await upload.mutateAsync({ file: attachment.file, category: 'other' });
        done[index] = { ...attachment, documentId: document.id };
        setAttachments([...done]);
      } catch (error) {
        setUploadFailure({ fileName: attachment.file.name, error });
        return null;
      } finally {
        setUploading(null);
      }
    }
    return done.flatMap((attachment) => (attachment.documentId ? [attachment.documentId] : []));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (body.trim() === '') {
      setMissing(true);
      return;
    }
    setUploadFailure(null);
    const attachmentIds = await uploadAll();
    if (attachmentIds === null) return;
    post.mutate(
      { body, attachmentIds },
      {
        onSuccess: () => {
          setBody('');
          setAttachments([]);
          setSent(true);
        },
      },
    );
  };

  const busy = uploading !== null || post.isPending;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`composer-${caseId}`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={level} fz="h4" id={`composer-${caseId}`}>
            {t('casePage.messages.writeTitle')}
          </Title>
          <Textarea
            label={t('casePage.messages.body')}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('casePage.messages.bodyRequired') : undefined}
            maxLength={MESSAGE_MAX_LENGTH}
            autosize
            minRows={3}
            maxRows={10}
            required
          />
          <FilePicker
            items={attachments}
            fileOf={(attachment) => attachment.file}
            toItem={(file) => ({ file })}
            onChange={setAttachments}
            max={MAX_ATTACHMENTS}
            disabled={busy}
            labels={{
              attach: t('casePage.messages.attach'),
              hint: t('casePage.messages.attachHint', { max: MAX_ATTACHMENTS }),
              tooMany: t('casePage.messages.tooMany', { max: MAX_ATTACHMENTS }),
              chosen: t('casePage.messages.chosenFiles'),
              remove: (fileName) => t('casePage.messages.removeFile', { fileName }),
            }}
          />
          {uploading && <UploadProgress fileName={uploading.name} progress={upload.progress} />}
          {uploadFailure && (
            <ErrorAlert title={t('casePage.messages.notSent')}>
              <Text size="sm">{uploadErrorMessage(t, uploadFailure.error, uploadFailure.fileName)}</Text>
            </ErrorAlert>
          )}
          {post.isError && (
            <ErrorAlert title={t('casePage.messages.notSent')}>
              <Text size="sm">{errorMessage(t, post.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('casePage.messages.send')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {sent && (
              <Text size="sm" c="essaim.9" fw={600}>
                {t('casePage.messages.sentNotice')}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

import { isApiError } from '@essaim/api-client';
import { Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import {
  referralDocumentUrl,
  useAnswerReferral,
  useAskQuestion,
  type ExchangeDto,
} from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCaseFormatters } from '../case-page/format';
import type { HeadingLevel } from '../case-page/section';
import { uploadErrorMessage } from '../case-page/upload-errors';
import { PLAIN_LIST } from '../directory/OfferCard';
import { FilePicker } from '../case-page/FilePicker';

const TEXT_MAX_LENGTH = 5_000;
const MAX_FILES = 5;

/** The questions of the funder and the answers, oldest first, with the files sent with them. */
export function ExchangeList({
  referralId,
  exchanges,
  downloads,
}: {
  referralId: string;
  exchanges: ExchangeDto[];
  /** Whether the caller may download the answers' files here (funders and case staff). */
  downloads: boolean;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  if (exchanges.length === 0) return <Text size="sm">{t('referrals.exchanges.none')}</Text>;
  return (
    <Stack gap="sm" component="ol" style={PLAIN_LIST}>
      {exchanges.map((exchange) => (
        <li key={exchange.id}>
          <Paper
            withBorder
            radius="md"
            p="md"
            bg={exchange.kind === 'question' ? 'honey.0' : undefined}
            component="article"
            aria-label={t(`referrals.exchanges.${exchange.kind}By`, { name: personName(exchange.author) })}
          >
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {t(`referrals.exchanges.${exchange.kind}ByOn`, {
                  name: personName(exchange.author),
                  date: format.dateTime(exchange.createdAt),
                })}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{exchange.body}</Text>
              {exchange.documents.length > 0 && (
                <Stack gap={2} component="ul" style={PLAIN_LIST} aria-label={t('referrals.exchanges.files')}>
                  {exchange.documents.map((document) => (
                    <li key={document.versionId}>
                      {downloads ? (
                        <Anchor
                          href={referralDocumentUrl(referralId, document.versionId)}
                          download={document.fileName}
                          size="sm"
                        >
                          {document.fileName}
                        </Anchor>
                      ) : (
                        <Text size="sm">{document.fileName}</Text>
                      )}
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        </li>
      ))}
    </Stack>
  );
}

/** The funder asks the holder and their advisor for what is missing; the referral waits for the answer. */
export function QuestionForm({
  referralId,
  version,
  level,
  onConflict,
  onAsked,
}: {
  referralId: string;
  version: number;
  level: HeadingLevel | 4;
  onConflict: () => void;
  /** Once asked the form is gone (the referral waits for the answer): the page says it is sent. */
  onAsked: () => void;
}) {
  const { t } = useTranslation();
  const ask = useAskQuestion(referralId);
  const [question, setQuestion] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim() === '') {
      setMissing(true);
      return;
    }
    ask.mutate(
      { version, question: question.trim() },
      {
        onSuccess: () => {
          setQuestion('');
          onAsked();
        },
        onError: (error) => {
          if (isConflict(error)) onConflict();
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`ask-${referralId}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={level} fz="h4" id={`ask-${referralId}`}>
            {t('referrals.exchanges.askTitle')}
          </Title>
          <Text size="sm">{t('referrals.exchanges.askHint')}</Text>
          <Textarea
            label={t('referrals.exchanges.question')}
            value={question}
            onChange={(event) => {
              setQuestion(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('referrals.exchanges.questionRequired') : undefined}
            maxLength={TEXT_MAX_LENGTH}
            autosize
            minRows={3}
            required
          />
          {ask.isError && !isConflict(ask.error) && (
            <ErrorAlert title={t('referrals.exchanges.notSent')}>
              <Text size="sm">{errorMessage(t, ask.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={ask.isPending}>
              {t('referrals.exchanges.ask')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The answer to the funder's open question, with files (they become documents of the case):
 * the case's advisors and its holders answer; the referral goes back to review.
 */
export function AnswerForm({
  referralId,
  version,
  caseId,
  question,
  level,
  onConflict,
  onAnswered,
}: {
  referralId: string;
  version: number;
  caseId: string | null;
  /** The question being answered, shown above the field. */
  question?: ExchangeDto | null;
  level: HeadingLevel | 4;
  onConflict: () => void;
  /** Once answered the form is gone (the referral is back in review): the caller says it is sent. */
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerReferral(caseId);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);
  const headingId = `answer-${referralId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setMissing(true);
      return;
    }
    answer.mutate(
      { referralId, version, body: body.trim(), files },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
          onAnswered();
        },
        onError: (error) => {
          if (isConflict(error)) onConflict();
        },
      },
    );
  };

  const failure = answer.error;
  const failedFile = files.map((file) => file.name).join(', ');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={level} fz="h4" id={headingId}>
            {t('referrals.exchanges.answerTitle')}
          </Title>
          {question && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('referrals.exchanges.theQuestion', {
                name: personName(question.author),
                question: question.body,
              })}
            </Text>
          )}
          <Textarea
            label={t('referrals.exchanges.answer')}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('referrals.exchanges.answerRequired') : undefined}
            maxLength={TEXT_MAX_LENGTH}
            autosize
            minRows={3}
            required
          />
          <FilePicker
            items={files}
            fileOf={(file) => file}
            toItem={(file) => file}
            onChange={setFiles}
            max={MAX_FILES}
            disabled={answer.isPending}
            labels={{
              attach: t('referrals.exchanges.attach'),
              hint: t('referrals.exchanges.attachHint', { max: MAX_FILES }),
              tooMany: t('referrals.exchanges.tooMany', { max: MAX_FILES }),
              chosen: t('referrals.exchanges.chosenFiles'),
              remove: (fileName) => t('referrals.exchanges.removeFile', { fileName }),
            }}
          />
          {failure && isConflict(failure) && (
            <ErrorAlert title={t('referrals.exchanges.notSent')}>
              <Text size="sm">{t('referrals.exchanges.answerConflict')}</Text>
            </ErrorAlert>
          )}
          {failure && !isConflict(failure) && (
            <ErrorAlert title={t('referrals.exchanges.notSent')}>
              <Text size="sm">
                {isApiError(failure) && (failure.status === 413 || failure.status === 415)
                  ? uploadErrorMessage(t, failure, failedFile)
                  : errorMessage(t, failure)}
              </Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={answer.isPending}>
              {t('referrals.exchanges.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

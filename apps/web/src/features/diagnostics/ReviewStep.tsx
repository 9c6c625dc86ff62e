import { isApiError } from '@essaim/api-client';
import { allQuestions, type Answers, type QuestionnaireDefinition } from '@essaim/domain';
import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, type To } from 'react-router';

import { useSubmitDiagnostic } from '../../api/diagnostics';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResendConfirmationButton } from '../notifications/ResendConfirmationButton';

import type { SaveStatus } from './answer-saver';
import { useLocalised } from './QuestionField';

/** The last step: what is still missing, with links to it, and the button that sends. */
export function ReviewStep({
  diagnosticId,
  definition,
  answers,
  missing,
  status,
  headingRef,
  linkToQuestion,
}: {
  diagnosticId: string;
  definition: QuestionnaireDefinition;
  answers: Answers;
  missing: string[];
  status: SaveStatus;
  headingRef: RefObject<HTMLHeadingElement | null>;
  linkToQuestion: (key: string) => { to: To; onClick: () => void };
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const navigate = useNavigate();
  const submit = useSubmitDiagnostic(diagnosticId);
  const reasonId = useId();

  // The API's list of missing answers counts too (it has the last word), unless answered since.
  const refusedAsMissing =
    isApiError(submit.error) && submit.error.code === 'validation_failed'
      ? submit.error.details
          .filter((detail) => detail.field.startsWith('answers.'))
          .map((detail) => detail.field.slice('answers.'.length))
      : [];
  const allMissing = [
    ...new Set([...missing, ...refusedAsMissing.filter((key) => answers[key] === undefined)]),
  ];

  const questions = allQuestions(definition);
  const sectionOf = (key: string) =>
    definition.sections.find((section) => section.questions.some((question) => question.key === key));

  let blockedBy: string | null = null;
  if (status === 'saving' || status === 'retrying') blockedBy = t('diagnostic.waitSaving');
  else if (status === 'invalid') blockedBy = t('diagnostic.fixInvalid');
  else if (status !== 'saved') blockedBy = t(`diagnostic.saveStatus.${status}`);
  else if (allMissing.length > 0) blockedBy = t('diagnostic.fixMissing');

  const onSubmit = () =>
    submit.mutate(undefined, {
      onSuccess: () => void navigate(`/app/diagnostics/${diagnosticId}/results`),
    });

  return (
    <Stack gap="md">
      <Title order={2} ref={headingRef} tabIndex={-1} className="page-heading">
        {t('diagnostic.reviewTitle')}
      </Title>
      <Text>{t('diagnostic.reviewIntro')}</Text>
      {allMissing.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text fw={600} mb="xs">
            {t('diagnostic.missing', { count: allMissing.length })}
          </Text>
          <List spacing="xs">
            {allMissing.map((key) => {
              const question = questions.find((candidate) => candidate.key === key);
              const link = linkToQuestion(key);
              return (
                <List.Item key={key}>
                  <Anchor component={Link} to={link.to} onClick={link.onClick}>
                    {t('diagnostic.missingLink', {
                      question: question ? localised(question.label) : key,
                      section: localised(sectionOf(key)?.title),
                    })}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Paper>
      ) : (
        <Alert color="essaim" variant="light">
          <Text size="sm">{t('diagnostic.allAnswered')}</Text>
        </Alert>
      )}
      {submit.isError && refusedAsMissing.length === 0 && (
        <ErrorAlert title={t('diagnostic.submitError')}>
          {errorMessage(t, submit.error)}
          {isApiError(submit.error) && submit.error.code === 'email_unconfirmed' && (
            <ResendConfirmationButton />
          )}
        </ErrorAlert>
      )}
      <Button
        onClick={onSubmit}
        disabled={blockedBy !== null}
        loading={submit.isPending}
        aria-describedby={blockedBy !== null ? reasonId : undefined}
        w="fit-content"
        size="md"
      >
        {t('diagnostic.submit')}
      </Button>
      {blockedBy !== null && (
        <Text id={reasonId} size="sm">
          {blockedBy}
        </Text>
      )}
    </Stack>
  );
}

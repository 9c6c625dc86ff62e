import { isVisible, missingRequired, sectionProgress } from '@essaim/domain';
import { Button, Grid, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import type { DiagnosticDto } from '../../api/diagnostics';
import { PageHeading } from '../../ui/PageHeading';

import classes from './DiagnosticForm.module.css';
import { QuestionField, useLocalised } from './QuestionField';
import { ReviewStep } from './ReviewStep';
import { SaveIndicator } from './SaveIndicator';
import { useAnswerSaver } from './use-answer-saver';

/** The `step` of the address that stands for the last step: check and send. */
export const REVIEW_STEP = 'review';
const HEADING = Symbol('heading');

export function questionDomId(key: string): string {
  return `question-${key}`;
}

/** The sections of the questionnaire as steps, then a last step to check and send. */
export function DiagnosticForm({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const { answers, status, problems, saver } = useAnswerSaver(diagnostic);
  const { definition } = diagnostic.questionnaire;
  const { sections } = definition;
  const progress = sectionProgress(definition, answers);
  const missing = missingRequired(definition, answers);

  // Without a step in the address, resume at the first section that is not complete.
  const [firstStep] = useState(() => {
    const index = progress.findIndex((section) => section.answered < section.total);
    return index === -1 ? REVIEW_STEP : (sections[index]?.key ?? REVIEW_STEP);
  });
  const [params] = useSearchParams();
  const stepKey = params.get('step') ?? firstStep;
  const found = sections.findIndex((section) => section.key === stepKey);
  const stepIndex = stepKey === REVIEW_STEP ? sections.length : Math.max(found, 0);
  const stepCount = sections.length + 1;
  const stepTo = (index: number) => ({
    search: `?step=${encodeURIComponent(sections[index]?.key ?? REVIEW_STEP)}`,
  });

  // After moving to another step, focus goes to its heading, or to the question asked for.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusTarget = useRef<string | typeof HEADING | null>(null);
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === null) return;
    if (target === HEADING) {
      headingRef.current?.focus();
      return;
    }
    const element = document.getElementById(questionDomId(target));
    element?.scrollIntoView({ block: 'center' });
    element?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [stepIndex]);
  const focusHeadingNext = () => {
    focusTarget.current = HEADING;
  };
  const focusQuestionNext = (key: string) => {
    focusTarget.current = key;
  };
  const [stepsOpen, setStepsOpen] = useState(false);
  const stepsId = useId();
  const onStepLink = () => {
    focusHeadingNext();
    setStepsOpen(false);
  };

  const section = sections[stepIndex];
  const resultsPath = `/app/diagnostics/${diagnostic.id}/results`;

  return (
    <Stack gap="lg">
      <PageHeading>{t('diagnostic.title')}</PageHeading>
      <Text maw={760}>{t('diagnostic.intro')}</Text>
      <SaveIndicator status={status} onRetry={() => saver.retryNow()} resultsPath={resultsPath} />

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          {/* On a phone the list of steps is folded away, so the questions come first. */}
          <Button
            hiddenFrom="md"
            variant="default"
            fullWidth
            justify="space-between"
            aria-expanded={stepsOpen}
            aria-controls={stepsId}
            onClick={() => setStepsOpen((open) => !open)}
            rightSection={<span aria-hidden="true">{stepsOpen ? '▴' : '▾'}</span>}
          >
            {t('diagnostic.stepsLabel')}
          </Button>
          <nav
            id={stepsId}
            aria-label={t('diagnostic.stepsLabel')}
            className={stepsOpen ? classes.stepsOpen : classes.stepsFolded}
          >
            <ol className={classes.stepList}>
              {sections.map((candidate, index) => {
                const counts = progress[index] ?? { answered: 0, total: 0 };
                return (
                  <li key={candidate.key}>
                    <Link
                      to={stepTo(index)}
                      className={classes.stepLink}
                      aria-current={index === stepIndex ? 'step' : undefined}
                      onClick={onStepLink}
                    >
                      <Text component="span" display="block" fw="inherit">
                        {index + 1}. {localised(candidate.title)}
                      </Text>
                      <Text component="span" display="block" size="sm" c="dimmed">
                        {t('diagnostic.progress', { answered: counts.answered, total: counts.total })}
                      </Text>
                      <Progress
                        value={counts.total === 0 ? 100 : (100 * counts.answered) / counts.total}
                        size="xs"
                        mt={4}
                        aria-hidden="true"
                      />
                    </Link>
                  </li>
                );
              })}
              <li>
                <Link
                  to={stepTo(sections.length)}
                  className={classes.stepLink}
                  aria-current={stepIndex === sections.length ? 'step' : undefined}
                  onClick={onStepLink}
                >
                  {sections.length + 1}. {t('diagnostic.review')}
                </Link>
              </li>
            </ol>
          </nav>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Text size="sm" c="dimmed">
              {t('diagnostic.stepOf', { current: stepIndex + 1, total: stepCount })}
            </Text>
            {section ? (
              <>
                <Title order={2} ref={headingRef} tabIndex={-1} className="page-heading">
                  {localised(section.title)}
                </Title>
                {section.questions.filter((question) => isVisible(question, answers)).length === 0 && (
                  <Text>{t('diagnostic.noQuestion')}</Text>
                )}
                {section.questions
                  .filter((question) => isVisible(question, answers))
                  .map((question) => (
                    <div key={question.key} id={questionDomId(question.key)} className={classes.question}>
                      <QuestionField
                        question={question}
                        value={answers[question.key]}
                        problem={problems[question.key]}
                        onChange={(value, options) => saver.change(question.key, value, options)}
                        onCommit={() => saver.flush(question.key)}
                      />
                    </div>
                  ))}
              </>
            ) : (
              <ReviewStep
                diagnosticId={diagnostic.id}
                definition={definition}
                answers={answers}
                missing={missing}
                status={status}
                headingRef={headingRef}
                linkToQuestion={(key) => {
                  const index = sections.findIndex((candidate) =>
                    candidate.questions.some((question) => question.key === key),
                  );
                  return { to: stepTo(index), onClick: () => focusQuestionNext(key) };
                }}
              />
            )}
            <Group justify="space-between" gap="sm" mt="md">
              {stepIndex > 0 ? (
                <Button
                  component={Link}
                  to={stepTo(stepIndex - 1)}
                  variant="outline"
                  onClick={focusHeadingNext}
                >
                  {t('diagnostic.previous')}
                </Button>
              ) : (
                <span />
              )}
              {stepIndex < sections.length && (
                <Button component={Link} to={stepTo(stepIndex + 1)} onClick={focusHeadingNext}>
                  {t('diagnostic.next')}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

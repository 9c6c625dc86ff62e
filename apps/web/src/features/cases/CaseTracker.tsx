import { CASE_STAGES, type CaseStage } from '@essaim/domain';
import { Alert, Button, Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCase, type CaseEventDto } from '../../api/cases';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormatters } from '../projects/format';

import { CASE_STEPS, currentStep } from './case-steps';
import classes from './CaseTracker.module.css';

/** Where the holder's case stands: its reference, its step, and what advisors shared. */
export function CaseTracker({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const found = useCase(caseId);

  if (found.isPending) return <Skeleton height={160} radius="md" />;
  if (found.isError) {
    return (
      <ErrorAlert title={t('cases.loadError')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(t, found.error)}</Text>
          <Button variant="outline" size="compact-md" onClick={() => void found.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </ErrorAlert>
    );
  }

  const record = found.data;
  const step = currentStep(record.stage, record.stageEnteredAt);
  const stepIndex = CASE_STEPS.indexOf(step);
  const since = record.stageEnteredAt[record.stage];
  const events = [...record.events].reverse();

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <div>
          <Text fw={700} fz="lg">
            {t('cases.reference', { reference: record.reference })}
          </Text>
          <Text size="sm">{t('cases.submittedOn', { date: format.date(record.submittedAt) })}</Text>
          {since !== undefined && record.stage !== 'submitted' && (
            <Text size="sm">{t('cases.stageSince', { date: format.date(since) })}</Text>
          )}
        </div>
        <ol className={classes.steps} aria-label={t('cases.stepsLabel')}>
          {CASE_STEPS.map((candidate, index) => {
            const state =
              index < stepIndex || (candidate === 'closed' && step === 'closed')
                ? 'done'
                : index === stepIndex
                  ? 'current'
                  : 'upcoming';
            return (
              <li
                key={candidate}
                className={classes.step}
                data-state={state}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className={classes.marker} aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span className={classes.label}>
                  {t(`cases.steps.${candidate}`)}
                  <span className="visually-hidden"> ({t(`cases.stepState.${state}`)})</span>
                </span>
              </li>
            );
          })}
        </ol>
        {record.stage === 'on_hold' && (
          <Alert color="gray" variant="light">
            <Text size="sm">{t('cases.onHold')}</Text>
          </Alert>
        )}
        <Title order={3} fz="h4">
          {t('cases.eventsTitle')}
        </Title>
        {events.length === 0 ? (
          <Text size="sm">{t('cases.eventsEmpty')}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={events.length}>
            {events.map((event) => (
              <Timeline.Item key={event.id} title={<EventTitle event={event} />}>
                <Text size="sm" c="dimmed">
                  {format.date(event.createdAt)}
                </Text>
                <EventBody event={event} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}

function isStage(value: unknown): value is CaseStage {
  return typeof value === 'string' && (CASE_STAGES as readonly string[]).includes(value);
}

function EventTitle({ event }: { event: CaseEventDto }) {
  const { t } = useTranslation();
  const to = event.payload['to'];
  if (event.kind === 'submitted') return t('cases.events.submitted');
  if (event.kind === 'stage_changed' && isStage(to))
    return t('cases.events.stage_changed', { stage: t(`cases.steps.${to}`) });
  if (event.kind === 'note') return t('cases.events.note');
  return t('cases.events.other');
}

/** What an advisor wrote, when the event carries a text. */
function EventBody({ event }: { event: CaseEventDto }) {
  const text = ['body', 'text', 'message']
    .map((key) => event.payload[key])
    .find((v) => typeof v === 'string');
  if (typeof text !== 'string' || text.trim() === '') return null;
  return (
    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

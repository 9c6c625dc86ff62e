import { can } from '@essaim/domain';
import { Alert, Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMessages } from '../../api/case-content';
import { useCase, type CaseDto } from '../../api/cases';
import { useCaseFunding } from '../../api/referrals';
import { casePath } from '../case-list/case-display';
import { CaseTabs } from '../case-page/CaseTabs';
import { CaseTimeline } from '../case-page/CaseTimeline';
import { DocumentsPanel } from '../case-page/DocumentsPanel';
import { LoadError } from '../../ui/LoadError';
import { MessageThread } from '../case-page/MessageThread';
import { NotesPanel } from '../case-page/NotesPanel';
import { OrientationsPanel } from '../case-page/OrientationsPanel';
import { useFormatters } from '../projects/format';
import { FundingPanel } from '../referrals/FundingPanel';
import { useCurrentUser } from '../shell/current-user';

import { CASE_STEPS, currentStep } from './case-steps';
import classes from './CaseTracker.module.css';

/**
 * Where the holder's case stands (its reference and step), then what they share with the
 * advisors: the timeline, messages, documents, shared notes and orientations. Staff who open the
 * project see where the case stands and a link to its case page.
 */
export function CaseTracker({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const found = useCase(caseId);

  if (found.isPending) return <Skeleton height={160} radius="md" />;
  if (found.isError) {
    return (
      <LoadError title={t('cases.loadError')} error={found.error} onRetry={() => void found.refetch()} />
    );
  }
  const staff = can(me.role, 'case:work');
  return (
    <Stack gap="lg">
      <CaseProgress record={found.data} />
      {staff ? (
        <Button component={Link} to={casePath(caseId)} variant="outline" w="fit-content">
          {t('cases.openCasePage')}
        </Button>
      ) : (
        <HolderCaseTabs record={found.data} />
      )}
    </Stack>
  );
}

function CaseProgress({ record }: { record: CaseDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const step = currentStep(record.stage, record.stageEnteredAt);
  const stepIndex = CASE_STEPS.indexOf(step);
  const since = record.stageEnteredAt[record.stage];
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
          {record.leadAdvisor && (
            <Text size="sm">
              {t('cases.leadAdvisor', {
                name: `${record.leadAdvisor.firstName} ${record.leadAdvisor.lastName}`,
              })}
            </Text>
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
      </Stack>
    </Paper>
  );
}

/** The same parts as on the staff's case page, as the holder may see them. */
function HolderCaseTabs({ record }: { record: CaseDto }) {
  const { t } = useTranslation();
  const unread = useMessages(record.id).data?.unreadCount ?? 0;
  // A funder's question waiting for an answer is worth attention, like an unread message.
  const questions = (useCaseFunding(record.id).data?.referrals ?? []).filter((referral) =>
    referral.actions.includes('answer'),
  ).length;
  // Holders get shared events only, whose actors are named in them.
  const nameOf = () => undefined;
  return (
    <CaseTabs
      label={t('cases.tabsLabel')}
      tabs={[
        {
          value: 'history',
          label: t('cases.eventsTitle'),
          panel: <CaseTimeline record={record} nameOf={nameOf} emptyText={t('cases.eventsEmpty')} />,
        },
        {
          value: 'messages',
          label: t('casePage.tabs.messages'),
          count: unread,
          panel: <MessageThread caseId={record.id} level={3} />,
        },
        {
          value: 'documents',
          label: t('casePage.tabs.documents'),
          panel: <DocumentsPanel caseId={record.id} staff={false} level={3} />,
        },
        {
          value: 'notes',
          label: t('cases.sharedNotes'),
          panel: <NotesPanel caseId={record.id} staff={false} level={3} />,
        },
        {
          value: 'orientations',
          label: t('casePage.tabs.orientations'),
          panel: <OrientationsPanel caseId={record.id} staff={false} canOrient={false} level={3} />,
        },
        {
          value: 'funding',
          label: t('casePage.tabs.funding'),
          count: questions,
          panel: (
            <FundingPanel
              caseId={record.id}
              staff={false}
              canRefer={false}
              caseStage={record.stage}
              caseVersion={record.version}
              level={3}
            />
          ),
        },
      ]}
    />
  );
}

import { isApiError } from '@essaim/api-client';
import { can } from '@essaim/domain';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';

import { useMessages } from '../../api/case-content';
import { personName, useStaffAdvisors } from '../../api/case-lists';
import { useCase, type CaseDto } from '../../api/cases';
import { errorMessage } from '../../api/errors';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { FundingPanel } from '../referrals/FundingPanel';
import { useCurrentUser } from '../shell/current-user';

import type { NameOf } from './case-events';
import { useCaseConflict } from './case-conflict';
import { CaseHeader } from './CaseHeader';
import { CaseTabs } from './CaseTabs';
import { CaseTimeline } from './CaseTimeline';
import { DocumentsPanel } from './DocumentsPanel';
import { MessageThread } from './MessageThread';
import { NotesPanel } from './NotesPanel';
import { OrientationsPanel } from './OrientationsPanel';
import { OverviewPanel } from './OverviewPanel';
import { TasksPanel } from './TasksPanel';

/** `/app/cases/:caseId`: the staff's case page. A holder who follows such a link gets their project page. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const me = useCurrentUser();
  const found = useCase(caseId);

  if (found.isPending) return <FullPageLoader />;
  if (found.isError) return <CaseLoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (!can(me.role, 'case:work')) return <Navigate to={`/app/projects/${found.data.project.id}`} replace />;
  return (
    <CaseWorkspace
      key={found.data.id}
      record={found.data}
      reload={async () => (await found.refetch()).data}
    />
  );
}

function CaseLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const notFound = isApiError(error) && (error.status === 404 || error.status === 403);
  return (
    <Stack gap="md" align="flex-start" maw={720}>
      <PageHeading>{notFound ? t('casePage.notFoundTitle') : t('casePage.loadError')}</PageHeading>
      <Text>{notFound ? t('casePage.notFoundBody') : errorMessage(t, error)}</Text>
      {!notFound && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      <Anchor component={Link} to="/app/cases">
        {t('casePage.backToCases')}
      </Anchor>
    </Stack>
  );
}

function CaseWorkspace({ record, reload }: { record: CaseDto; reload: () => Promise<CaseDto | undefined> }) {
  const { t } = useTranslation();
  const conflict = useCaseConflict(record, reload);
  const nameOf = useNameOf(record);
  const unread = useMessages(record.id).data?.unreadCount ?? 0;

  return (
    <Stack gap="xl">
      <CaseHeader record={record} onConflict={conflict.report} />
      {conflict.alert}
      <CaseTabs
        label={t('casePage.tabs.label')}
        tabs={[
          { value: 'overview', label: t('casePage.tabs.overview'), panel: <OverviewPanel record={record} /> },
          {
            value: 'history',
            label: t('casePage.tabs.history'),
            panel: (
              <CaseTimeline
                record={record}
                nameOf={nameOf}
                filterable
                emptyText={t('casePage.timeline.empty')}
              />
            ),
          },
          {
            value: 'notes',
            label: t('casePage.tabs.notes'),
            panel: <NotesPanel caseId={record.id} staff level={2} />,
          },
          { value: 'tasks', label: t('casePage.tabs.tasks'), panel: <TasksPanel caseId={record.id} /> },
          {
            value: 'messages',
            label: t('casePage.tabs.messages'),
            count: unread,
            panel: <MessageThread caseId={record.id} level={2} />,
          },
          {
            value: 'documents',
            label: t('casePage.tabs.documents'),
            panel: <DocumentsPanel caseId={record.id} staff level={2} />,
          },
          {
            value: 'orientations',
            label: t('casePage.tabs.orientations'),
            panel: <OrientationsPanel caseId={record.id} staff canOrient={record.caseAdvisor} level={2} />,
          },
          {
            value: 'funding',
            label: t('casePage.tabs.funding'),
            panel: (
              <FundingPanel
                caseId={record.id}
                staff
                canRefer={record.caseAdvisor}
                caseStage={record.stage}
                canMoveToFunding={record.moves.some((move) => move.to === 'funding')}
                caseVersion={record.version}
                level={2}
              />
            ),
          },
        ]}
      />
    </Stack>
  );
}

/** Names of the people an event may mention by id: the case's people, then the territory's staff. */
function useNameOf(record: CaseDto): NameOf {
  const advisors = useStaffAdvisors();
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const person of advisors.data ?? []) names.set(person.id, personName(person));
    for (const event of record.events) if (event.actor) names.set(event.actor.id, personName(event.actor));
    for (const person of [
      ...record.holders,
      ...record.followers,
      ...(record.leadAdvisor ? [record.leadAdvisor] : []),
    ])
      names.set(person.id, personName(person));
    return (id: string) => names.get(id);
  }, [advisors.data, record]);
}

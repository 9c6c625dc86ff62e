import { isApiError } from '@essaim/api-client';
import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import {
  useStaffQueue,
  useTakeCase,
  type CaseListItem,
  type QueueTask,
  type StaffQueue,
} from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { casePath, daysSince } from '../case-list/case-display';
import { useCaseFormatters } from '../case-page/format';
import { PLAIN_LIST } from '../directory/OfferCard';
import { useCurrentUser } from '../shell/current-user';

import { CaseLines } from './CaseLine';

/** `/app` for advisors and territory admins: what is theirs, what waits for someone, what is late. */
export function AdvisorHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queue = useStaffQueue();

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <PageHeading>{t(`homes.${me.role}.title`)}</PageHeading>
        <Text>{t('homes.greeting', { firstName: me.firstName, role: t(`roles.${me.role}`) })}</Text>
      </Stack>
      {queue.isPending && (
        <Stack gap="md" aria-busy="true">
          <Text className="visually-hidden" role="status">
            {t('common.loading')}
          </Text>
          <Skeleton height={120} radius="md" />
          <Skeleton height={120} radius="md" />
        </Stack>
      )}
      {queue.isError && (
        <ErrorAlert title={t('advisorHome.loadFailed')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(t, queue.error)}</Text>
            <Button variant="outline" size="compact-md" onClick={() => void queue.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </ErrorAlert>
      )}
      {queue.data && <QueueSections queue={queue.data} />}
    </Stack>
  );
}

function QueueSections({ queue }: { queue: StaffQueue }) {
  return (
    <>
      <OrientationsSection count={queue.orientationsToAnswer} />
      <TasksSection tasks={queue.myTasks} />
      <MyCasesSection cases={queue.myCases} />
      <UnassignedSection section={queue.unassigned} />
      <AlertsSection alerts={queue.alerts} />
    </>
  );
}

function HomeSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} fz="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The honest empty state of a section: why it is empty and what to do next. */
function Empty({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text>{children}</Text>
    </Paper>
  );
}

function OrientationsSection({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <HomeSection title={t('advisorHome.orientations.title')}>
      <Group gap="md">
        <Text fw={count > 0 ? 600 : undefined}>
          {count > 0 ? t('advisorHome.orientations.count', { count }) : t('advisorHome.orientations.none')}
        </Text>
        <Anchor component={Link} to={count > 0 ? '/app/orientations?status=proposed' : '/app/orientations'}>
          {count > 0 ? t('advisorHome.orientations.answer') : t('advisorHome.orientations.all')}
        </Anchor>
      </Group>
    </HomeSection>
  );
}

function TasksSection({ tasks }: { tasks: QueueTask[] }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  return (
    <HomeSection title={t('advisorHome.tasks.title')}>
      {tasks.length === 0 ? (
        <Empty>{t('advisorHome.tasks.empty')}</Empty>
      ) : (
        <Stack component="ul" gap="xs" style={PLAIN_LIST} aria-label={t('advisorHome.tasks.title')}>
          {tasks.map((task) => (
            <li key={task.id}>
              <Paper withBorder radius="md" p="sm">
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {task.title}
                    </Text>
                    {task.overdue && (
                      <Badge variant="light" color="red.9">
                        {t('advisorHome.tasks.overdue')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    {t(task.overdue ? 'advisorHome.tasks.wasDue' : 'advisorHome.tasks.due', {
                      date: format.day(task.dueDate),
                    })}
                  </Text>
                  <Anchor component={Link} to={casePath(task.case.id)} size="sm">
                    {t('advisorHome.tasks.case', {
                      reference: task.case.reference,
                      project: task.case.projectName,
                    })}
                  </Anchor>
                </Stack>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </HomeSection>
  );
}

function MyCasesSection({ cases }: { cases: CaseListItem[] }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  return (
    <HomeSection title={t('advisorHome.myCases.title')}>
      {cases.length === 0 ? (
        <Empty>{t('advisorHome.myCases.empty')}</Empty>
      ) : (
        <>
          <CaseLines
            items={cases}
            label={t('advisorHome.myCases.title')}
            detail={(item) => t('advisorHome.lastActivity', { date: format.date(item.lastEventAt) })}
          />
          <Anchor component={Link} to="/app/cases?advisor=me" w="fit-content">
            {t('advisorHome.myCases.all')}
          </Anchor>
        </>
      )}
    </HomeSection>
  );
}

function UnassignedSection({ section }: { section: StaffQueue['unassigned'] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const format = useCaseFormatters();
  const take = useTakeCase();
  const [problem, setProblem] = useState('');
  // Only advisors lead cases: a territory admin assigns them from the case page or the list.
  const canTake = me.role === 'advisor';

  const takeCase = (item: CaseListItem) => {
    setProblem('');
    take.mutate(
      { id: item.id, version: item.version, leadAdvisorId: me.id },
      {
        onSuccess: () => void navigate(casePath(item.id)),
        onError: (error) =>
          setProblem(
            isApiError(error) && error.status === 409
              ? t('advisorHome.unassigned.conflict', { reference: item.reference })
              : `${t('advisorHome.unassigned.takeFailed', { reference: item.reference })} ${errorMessage(t, error)}`,
          ),
      },
    );
  };

  return (
    <HomeSection title={t('advisorHome.unassigned.title')}>
      {problem && <ErrorAlert title={problem} />}
      {section.total === 0 ? (
        <Empty>{t('advisorHome.unassigned.empty')}</Empty>
      ) : (
        <>
          <Text>
            {t(section.totalCapped ? 'advisorHome.unassigned.countCapped' : 'advisorHome.unassigned.count', {
              count: section.total,
            })}
          </Text>
          <CaseLines
            items={section.items}
            label={t('advisorHome.unassigned.title')}
            detail={(item) =>
              t('advisorHome.submittedAgo', {
                date: format.date(item.submittedAt),
                count: daysSince(item.submittedAt),
              })
            }
            action={
              canTake
                ? (item) => (
                    <Button
                      size="compact-md"
                      aria-label={t('advisorHome.unassigned.takeLabel', { reference: item.reference })}
                      loading={take.isPending && take.variables?.id === item.id}
                      disabled={take.isPending && take.variables?.id !== item.id}
                      onClick={() => takeCase(item)}
                    >
                      {t('advisorHome.unassigned.take')}
                    </Button>
                  )
                : undefined
            }
          />
          <Anchor
            component={Link}
            to="/app/cases?stage=submitted&advisor=none&sort=submittedAt&order=asc"
            w="fit-content"
          >
            {t('advisorHome.unassigned.all', { count: section.total })}
          </Anchor>
        </>
      )}
    </HomeSection>
  );
}

function AlertsSection({ alerts }: { alerts: StaffQueue['alerts'] }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const { unassignedPastSla: late, inactive } = alerts;
  return (
    <HomeSection title={t('advisorHome.alerts.title')}>
      {late.total === 0 && inactive.total === 0 ? (
        <Empty>
          {t('advisorHome.alerts.empty', { slaDays: alerts.slaDays, inactivityDays: alerts.inactivityDays })}
        </Empty>
      ) : (
        <Stack gap="lg">
          {late.total > 0 && (
            <AlertGroup
              title={t('advisorHome.alerts.unassignedPastSla', { count: late.total, days: alerts.slaDays })}
              items={late.items}
              detail={(item) =>
                t('advisorHome.submittedAgo', {
                  date: format.date(item.submittedAt),
                  count: daysSince(item.submittedAt),
                })
              }
              link="/app/cases?stage=submitted&advisor=none&sort=submittedAt&order=asc"
              linkLabel={t('advisorHome.alerts.seeUnassigned')}
            />
          )}
          {inactive.total > 0 && (
            <AlertGroup
              title={t('advisorHome.alerts.inactive', { count: inactive.total, days: alerts.inactivityDays })}
              items={inactive.items}
              detail={(item) => t('advisorHome.lastActivity', { date: format.date(item.lastEventAt) })}
              link="/app/cases?sort=lastEventAt&order=asc"
              linkLabel={t('advisorHome.alerts.seeInactive')}
            />
          )}
        </Stack>
      )}
    </HomeSection>
  );
}

function AlertGroup({
  title,
  items,
  detail,
  link,
  linkLabel,
}: {
  title: string;
  items: CaseListItem[];
  detail: (item: CaseListItem) => string;
  link: string;
  linkLabel: string;
}) {
  return (
    <Stack gap="xs">
      <Title order={3} fz="h4">
        {title}
      </Title>
      <CaseLines items={items} label={title} detail={detail} />
      <Anchor component={Link} to={link} w="fit-content">
        {linkLabel}
      </Anchor>
    </Stack>
  );
}

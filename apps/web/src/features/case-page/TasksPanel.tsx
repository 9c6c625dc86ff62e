import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useAddTask, useTasks, useUpdateTask, type TaskDto } from '../../api/case-content';
import { personName, useStaffAdvisors } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCurrentUser } from '../shell/current-user';

import { advisorLabel, useCaseFormatters } from './format';
import { LoadError } from '../../ui/LoadError';

const TASK_TITLE_MAX_LENGTH = 200;

/** The case's tasks (staff only): open ones first by due date, the overdue ones marked. */
export function TasksPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const tasks = useTasks(caseId);
  const update = useUpdateTask(caseId);
  return (
    <Stack gap="lg">
      <TaskForm caseId={caseId} />
      <Stack gap="sm" component="section" aria-labelledby="tasks-list">
        <Title order={2} fz="h4" id="tasks-list">
          {t('casePage.tasks.listTitle')}
        </Title>
        {update.isError &&
          (isConflict(update.error) ? (
            <ConflictAlert
              title={t('casePage.tasks.conflictTitle')}
              message={t('casePage.tasks.conflict')}
              reloadLabel={t('casePage.reload')}
              onReload={() => {
                update.reset();
                void tasks.refetch();
              }}
            />
          ) : (
            <ErrorAlert title={t('casePage.tasks.saveError')}>
              <Text size="sm">{errorMessage(t, update.error)}</Text>
            </ErrorAlert>
          ))}
        {tasks.isPending ? (
          <Skeleton height={80} radius="md" />
        ) : tasks.isError ? (
          <LoadError
            title={t('casePage.tasks.loadError')}
            error={tasks.error}
            onRetry={() => void tasks.refetch()}
          />
        ) : tasks.data.length === 0 ? (
          <Text size="sm">{t('casePage.tasks.empty')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {tasks.data.map((task) => (
              <li key={task.id}>
                <TaskRow
                  task={task}
                  saving={update.isPending && update.variables.taskId === task.id}
                  onToggle={(done) => update.mutate({ taskId: task.id, version: task.version, done })}
                />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function TaskRow({
  task,
  saving,
  onToggle,
}: {
  task: TaskDto;
  saving: boolean;
  onToggle: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      style={task.overdue ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Checkbox
          checked={task.done}
          disabled={saving}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          aria-label={t(task.done ? 'casePage.tasks.markOpen' : 'casePage.tasks.markDone', {
            title: task.title,
          })}
          mt={2}
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text
              fw={600}
              size="sm"
              td={task.done ? 'line-through' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {task.title}
            </Text>
            {task.overdue && (
              <Badge color="red.9" variant="filled" size="sm" tt="none">
                {t('casePage.tasks.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c={task.overdue ? 'red.9' : 'dimmed'}>
            {task.done && task.doneAt
              ? t('casePage.tasks.doneOn', { date: format.dateTime(task.doneAt) })
              : t('casePage.tasks.dueOn', { date: format.day(task.dueDate) })}
            {' · '}
            {t('casePage.tasks.assignedTo', { name: personName(task.assignee) })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

interface TaskErrors {
  title?: string;
  dueDate?: string;
}

function TaskForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const advisors = useStaffAdvisors();
  const add = useAddTask(caseId);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [assigneeId, setAssigneeId] = useState(me.id);
  const [errors, setErrors] = useState<TaskErrors>({});
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: TaskErrors = {
      ...(title.trim() === '' ? { title: t('casePage.tasks.titleRequired') } : {}),
      ...(dueDate === '' ? { dueDate: t('casePage.tasks.dueDateRequired') } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaved(null);
    add.mutate(
      { title: title.trim(), dueDate, assigneeId },
      {
        onSuccess: (task) => {
          setTitle('');
          setDueDate('');
          setSaved(task.title);
        },
      },
    );
  };

  const others = (advisors.data ?? []).filter((advisor) => advisor.id !== me.id);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="task-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="task-form">
            {t('casePage.tasks.addTitle')}
          </Title>
          <TextInput
            label={t('casePage.tasks.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            maxLength={TASK_TITLE_MAX_LENGTH}
            required
          />
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('casePage.tasks.dueDate')}
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={errors.dueDate}
              required
              w={200}
            />
            <NativeSelect
              label={t('casePage.tasks.assignee')}
              value={assigneeId}
              onChange={(event) => setAssigneeId(event.currentTarget.value)}
              data={[
                { value: me.id, label: t('casePage.tasks.me') },
                ...others.map((advisor) => ({ value: advisor.id, label: advisorLabel(advisor) })),
              ]}
              miw={240}
            />
          </Group>
          {add.isError && (
            <ErrorAlert title={t('casePage.tasks.saveError')}>
              <Text size="sm">{errorMessage(t, add.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('casePage.tasks.save')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {saved && (
              <Text size="sm" c="essaim.9" fw={600}>
                {t('casePage.tasks.saved', { title: saved })}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

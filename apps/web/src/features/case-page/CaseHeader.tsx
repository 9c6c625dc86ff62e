import { Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import {
  useAssignCase,
  useMoveCase,
  useSetCasePriority,
  type CaseDto,
  type CaseMoveDto,
  type MoveInput,
} from '../../api/cases';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { isConflict } from '../admin-directory/form-errors';
import { daysSince, PriorityBadge, StageBadge } from '../case-list/case-display';
import { Breadcrumbs } from '../projects/Breadcrumbs';
import { useCurrentUser } from '../shell/current-user';

import { AssignDialog } from './AssignDialog';
import classes from './CasePage.module.css';
import { useCaseFormatters } from './format';
import { MoveDialog, moveLabel } from './MoveDialog';

/**
 * Who and where the case is: its reference, project and holders, its stage with the moves the
 * caller can make (only those the API offers), its lead advisor and followers, its priority.
 */
export function CaseHeader({ record, onConflict }: { record: CaseDto; onConflict: () => void }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const enteredAt = record.stageEnteredAt[record.stage];
  const days = enteredAt === undefined ? null : daysSince(enteredAt);

  return (
    <Stack gap="md">
      <Breadcrumbs items={[{ label: t('nav.cases'), to: '/app/cases' }, { label: record.reference }]} />
      <Stack gap={4}>
        <PageHeading documentTitle={`${record.reference} · ${record.project.name}`}>
          {record.project.name}
        </PageHeading>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{t('cases.reference', { reference: record.reference })}</Text>
          <Text c="dimmed">· {t('cases.submittedOn', { date: format.date(record.submittedAt) })}</Text>
          <PriorityBadge priority={record.priority} />
        </Group>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <dl className={classes.facts}>
          <dt>{t('casePage.header.holders')}</dt>
          <dd>{record.holders.map(personName).join(', ') || t('casePage.none')}</dd>
          <dt>{t('casePage.header.stage')}</dt>
          <dd>
            <Group gap="xs" wrap="wrap">
              <StageBadge stage={record.stage} />
              {days !== null && (
                <Text size="sm">
                  {days === 0
                    ? t('casePage.header.sinceToday')
                    : t('casePage.header.sinceDays', { count: days })}
                </Text>
              )}
              {record.closureOutcome && (
                <Text size="sm">
                  {t('casePage.header.outcome', { outcome: t(`casePage.outcomes.${record.closureOutcome}`) })}
                </Text>
              )}
            </Group>
          </dd>
          <dt>{t('casePage.header.lead')}</dt>
          <dd>{record.leadAdvisor ? personName(record.leadAdvisor) : t('casePage.header.noLead')}</dd>
          <dt>{t('casePage.header.followers')}</dt>
          <dd>{record.followers.map(personName).join(', ') || t('casePage.none')}</dd>
        </dl>
      </Paper>
      <Moves record={record} onConflict={onConflict} />
      <Assignment record={record} onConflict={onConflict} />
      <Priority record={record} onConflict={onConflict} />
    </Stack>
  );
}

/** The next possible moves, as buttons; those needing a reason or an outcome ask for it first. */
function Moves({ record, onConflict }: { record: CaseDto; onConflict: () => void }) {
  const { t } = useTranslation();
  const move = useMoveCase(record.id);
  const [asking, setAsking] = useState<CaseMoveDto | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (record.moves.length === 0) return null;

  const run = (chosen: CaseMoveDto, input: MoveInput) => {
    setDone(null);
    move.mutate(
      { ...input, version: record.version },
      {
        onSuccess: () => {
          setAsking(null);
          setDone(moveLabel(t, chosen));
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setAsking(null);
          move.reset();
          onConflict();
        },
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="case-moves">
      <Text fw={600} id="case-moves">
        {t('casePage.header.moves')}
      </Text>
      <Group gap="xs" wrap="wrap">
        {record.moves.map((candidate) => (
          <Button
            key={`${candidate.kind}-${candidate.to}`}
            variant={candidate.kind === 'take' || candidate.kind === 'advance' ? 'filled' : 'outline'}
            loading={move.isPending && asking === null && move.variables.to === candidate.to}
            disabled={move.isPending}
            onClick={() => {
              move.reset();
              if (candidate.needsReason || candidate.needsOutcome) setAsking(candidate);
              else run(candidate, { to: candidate.to });
            }}
          >
            {moveLabel(t, candidate)}
          </Button>
        ))}
      </Group>
      {move.isError && asking === null && (
        <ErrorAlert title={t('casePage.moveDialog.failed')}>
          <Text size="sm">{errorMessage(t, move.error)}</Text>
        </ErrorAlert>
      )}
      <div role="status" aria-live="polite">
        {done && (
          <Text size="sm" c="essaim.9" fw={600}>
            {t('casePage.header.moved', { move: done })}
          </Text>
        )}
      </div>
      {asking && (
        <MoveDialog
          move={asking}
          saving={move.isPending}
          error={move.error}
          onConfirm={(input) => run(asking, input)}
          onClose={() => {
            setAsking(null);
            move.reset();
          }}
        />
      )}
    </Stack>
  );
}

/** "M'attribuer le dossier" for an advisor who does not lead it yet; any lead and followers by dialog. */
function Assignment({ record, onConflict }: { record: CaseDto; onConflict: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assign = useAssignCase(record.id);
  const [dialog, setDialog] = useState(false);
  const [done, setDone] = useState(false);

  const save = (leadAdvisorId: string, followerIds: string[]) => {
    setDone(false);
    assign.mutate(
      { leadAdvisorId, followerIds, version: record.version },
      {
        onSuccess: () => {
          setDialog(false);
          setDone(true);
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setDialog(false);
          assign.reset();
          onConflict();
        },
      },
    );
  };

  const canTake = me.role === 'advisor' && record.leadAdvisorId !== me.id;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {canTake && (
          <Button
            variant="outline"
            loading={assign.isPending && !dialog}
            onClick={() =>
              save(
                me.id,
                record.followerIds.filter((id) => id !== me.id),
              )
            }
          >
            {t('casePage.assign.takeIt')}
          </Button>
        )}
        <Button
          variant="outline"
          onClick={() => {
            assign.reset();
            setDialog(true);
          }}
        >
          {t('casePage.assign.open')}
        </Button>
      </Group>
      {assign.isError && !dialog && (
        <ErrorAlert title={t('casePage.assign.failed')}>
          <Text size="sm">{errorMessage(t, assign.error)}</Text>
        </ErrorAlert>
      )}
      <div role="status" aria-live="polite">
        {done && (
          <Text size="sm" c="essaim.9" fw={600}>
            {record.leadAdvisor
              ? t('casePage.assign.done', { name: personName(record.leadAdvisor) })
              : t('casePage.assign.saved')}
          </Text>
        )}
      </div>
      {dialog && (
        <AssignDialog
          record={record}
          saving={assign.isPending}
          error={assign.error}
          onConfirm={({ leadAdvisorId, followerIds }) => save(leadAdvisorId, followerIds)}
          onClose={() => setDialog(false)}
        />
      )}
    </Stack>
  );
}

/** A high priority puts the case first in the lists; the switch saves at once. */
function Priority({ record, onConflict }: { record: CaseDto; onConflict: () => void }) {
  const { t } = useTranslation();
  const update = useSetCasePriority(record.id);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="xs">
      <Switch
        label={t('casePage.header.highPriority')}
        description={t('casePage.header.highPriorityHint')}
        checked={record.priority === 'high'}
        disabled={update.isPending}
        onChange={(event) => {
          setSaved(false);
          update.mutate(
            { priority: event.currentTarget.checked ? 'high' : 'normal', version: record.version },
            {
              onSuccess: () => setSaved(true),
              onError: (error) => {
                if (!isConflict(error)) return;
                update.reset();
                onConflict();
              },
            },
          );
        }}
      />
      {update.isError && (
        <ErrorAlert title={t('casePage.header.priorityFailed')}>
          <Text size="sm">{errorMessage(t, update.error)}</Text>
        </ErrorAlert>
      )}
      <div role="status" aria-live="polite">
        {saved && (
          <Text size="sm" c="essaim.9" fw={600}>
            {t('casePage.header.prioritySaved', { priority: t(`casePage.priority.${record.priority}`) })}
          </Text>
        )}
      </div>
    </Stack>
  );
}

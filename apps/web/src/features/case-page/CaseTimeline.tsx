import { Badge, Group, NativeSelect, Stack, Text, Timeline } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import type { CaseDto, CaseEventDto } from '../../api/cases';

import {
  EVENT_GROUPS,
  eventGroup,
  eventReason,
  eventTitle,
  type EventGroup,
  type NameOf,
} from './case-events';
import { useCaseFormatters } from './format';

/**
 * The case's history, newest first: each event in plain words with who and when. Staff can keep
 * one kind of event; internal events (staff only) are marked as such.
 */
export function CaseTimeline({
  record,
  nameOf,
  filterable = false,
  emptyText,
}: {
  record: CaseDto;
  nameOf: NameOf;
  filterable?: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const [group, setGroup] = useState<EventGroup | 'all'>('all');
  const events = useMemo(
    () => [...record.events].reverse().filter((event) => group === 'all' || eventGroup(event.kind) === group),
    [record.events, group],
  );

  return (
    <Stack gap="md">
      {filterable && (
        <NativeSelect
          label={t('casePage.timeline.filter')}
          value={group}
          onChange={(event) => setGroup(event.currentTarget.value as EventGroup | 'all')}
          data={[
            { value: 'all', label: t('casePage.timeline.groups.all') },
            ...EVENT_GROUPS.map((value) => ({ value, label: t(`casePage.timeline.groups.${value}`) })),
          ]}
          maw={320}
        />
      )}
      <div aria-live="polite">
        {events.length === 0 ? (
          <Text size="sm">{group === 'all' ? emptyText : t('casePage.timeline.emptyFiltered')}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={events.length} role="list">
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                role="listitem"
                title={<EventHeading event={event} nameOf={nameOf} />}
              >
                <EventDetails event={event} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </div>
    </Stack>
  );
}

function EventHeading({ event, nameOf }: { event: CaseEventDto; nameOf: NameOf }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <span style={{ overflowWrap: 'anywhere' }}>{eventTitle(t, event, nameOf)}</span>
      {event.visibility === 'internal' && <InternalBadge />}
    </Group>
  );
}

function EventDetails({ event }: { event: CaseEventDto }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const reason = eventReason(event);
  return (
    <>
      <Text size="sm" c="dimmed">
        {event.actor
          ? t('casePage.timeline.byOn', {
              name: personName(event.actor),
              date: format.dateTime(event.createdAt),
            })
          : format.dateTime(event.createdAt)}
      </Text>
      {reason !== null && (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('casePage.timeline.reason', { reason })}
        </Text>
      )}
    </>
  );
}

/** Seen by the team only, never by the holder. */
export function InternalBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.8" size="sm" tt="none">
      {t('casePage.internal')}
    </Badge>
  );
}

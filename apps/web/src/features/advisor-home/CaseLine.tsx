import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import type { CaseListItem } from '../../api/case-lists';
import { casePath, OverdueTasksBadge, PriorityBadge, StageBadge } from '../case-list/case-display';
import { PLAIN_LIST } from '../directory/OfferCard';

/** One case of a home section: its reference and project (a link to it), its marks, a line of detail. */
function CaseLine({ item, detail, action }: { item: CaseListItem; detail: string; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Anchor component={Link} to={casePath(item.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.reference} · {item.project.name}
          </Anchor>
          <Group gap={6}>
            <StageBadge stage={item.stage} />
            <PriorityBadge priority={item.priority} />
            <OverdueTasksBadge count={item.overdueTasks} />
          </Group>
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        </Stack>
        {action}
      </Group>
    </Paper>
  );
}

/** Cases as a list; `detail` and `action` say what matters about each in this section. */
export function CaseLines({
  items,
  label,
  detail,
  action,
}: {
  items: CaseListItem[];
  label: string;
  detail: (item: CaseListItem) => string;
  action?: (item: CaseListItem) => ReactNode;
}) {
  return (
    <Stack component="ul" gap="xs" style={PLAIN_LIST} aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <CaseLine item={item} detail={detail(item)} action={action?.(item)} />
        </li>
      ))}
    </Stack>
  );
}

import { Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OrientationStatus } from '@essaim/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { personName } from '../../api/case-lists';
import type { OrientationInboxItem } from '../../api/orientations-inbox';
import { BADGE_TONES, ORIENTATION_TONES } from '../../ui/badge-tones';
import { casePath, StageBadge } from '../case-list/case-display';
import { useFormatters } from '../projects/format';

export function OrientationStatusBadge({ status }: { status: OrientationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...BADGE_TONES[ORIENTATION_TONES[status]]} style={{ flexShrink: 0 }}>
      {t(`orientationsInbox.status.${status}`)}
    </Badge>
  );
}

/**
 * One orientation: the project (enough to decide), who proposed it and why, where it stands.
 * `answerable`: the caller's organisation is asked, and may accept or decline it now.
 * `caseVisible`: the caller may open the case (the operator's staff; a partner once accepted).
 * `completable`: the caller's organisation accepted it and may now say its support is over.
 */
export function OrientationCard({
  item,
  answerable,
  completable,
  caseVisible,
  busy,
  onAccept,
  onDecline,
  onComplete,
}: {
  item: OrientationInboxItem;
  answerable: boolean;
  completable: boolean;
  caseVisible: boolean;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
  onComplete: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const project = item.case.project;
  const headingId = `orientation-${item.id}`;
  const facts = [
    t(`projects.stages.${project.stage}`),
    t(`projects.sectors.${project.sector}`),
    t(`projects.legalForms.${project.legalForm}`),
    ...(project.commune ? [project.commune.name] : []),
  ];

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="article"
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} fz="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {project.name}
          </Title>
          <OrientationStatusBadge status={item.status} />
        </Group>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {caseVisible ? (
              <Anchor component={Link} to={casePath(item.caseId)} inherit>
                {t('orientationsInbox.card.openCase', { reference: item.case.reference })}
              </Anchor>
            ) : (
              t('orientationsInbox.card.case', { reference: item.case.reference })
            )}
          </Text>
          <StageBadge stage={item.case.stage} />
        </Group>
        <Text size="sm">
          {t('orientationsInbox.card.offer', {
            organisation: item.organisation.name,
            offer: item.offer.name,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{project.summary}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('orientationsInbox.card.proposedBy', {
              name: personName(item.proposedBy),
              date: format.date(item.createdAt),
            })}
          </Text>
          <Blockquote p="sm" color="essaim" style={{ whiteSpace: 'pre-line' }}>
            {item.message}
          </Blockquote>
        </Stack>
        {item.answeredBy && item.answeredAt && (
          <Text size="sm">
            {t(
              item.status === 'declined'
                ? 'orientationsInbox.card.declinedBy'
                : 'orientationsInbox.card.acceptedBy',
              { name: personName(item.answeredBy), date: format.date(item.answeredAt) },
            )}
          </Text>
        )}
        {item.declineReason && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {t('orientationsInbox.card.declineReason', { reason: item.declineReason })}
          </Text>
        )}
        {item.completedAt && (
          <Text size="sm">
            {t('orientationsInbox.card.completedOn', { date: format.date(item.completedAt) })}
          </Text>
        )}
        {answerable && (
          <Group gap="sm">
            <Button
              onClick={onAccept}
              loading={busy}
              aria-label={t('orientationsInbox.acceptLabel', { reference: item.case.reference })}
            >
              {t('orientationsInbox.accept')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              disabled={busy}
              onClick={onDecline}
              aria-label={t('orientationsInbox.declineLabel', { reference: item.case.reference })}
            >
              {t('orientationsInbox.decline.open')}
            </Button>
          </Group>
        )}
        {completable && (
          <Group gap="sm">
            <Button
              variant="outline"
              onClick={onComplete}
              loading={busy}
              aria-label={t('orientationsInbox.completeLabel', { reference: item.case.reference })}
            >
              {t('orientationsInbox.complete')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

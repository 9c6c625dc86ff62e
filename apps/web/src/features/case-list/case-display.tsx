import { BADGE_TONES } from '../../ui/badge-tones';
import type { CaseStage } from '@essaim/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from an instant to now (0 on its first day). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}

/** The address of a case's page. */
export function casePath(caseId: string): string {
  return `/app/cases/${caseId}`;
}

export function StageBadge({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  return (
    <Badge {...BADGE_TONES[stage === 'closed' ? 'muted' : 'brand']} style={{ flexShrink: 0 }}>
      {t(`cases.steps.${stage}`)}
    </Badge>
  );
}

/** Only a high priority is worth a mark: it is the exception. */
export function PriorityBadge({ priority }: { priority: 'normal' | 'high' }) {
  const { t } = useTranslation();
  if (priority !== 'high') return null;
  return (
    <Badge variant="filled" color="red.9" style={{ flexShrink: 0 }}>
      {t('caseList.priority.high')}
    </Badge>
  );
}

export function OverdueTasksBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge variant="light" color="red.9" style={{ flexShrink: 0 }}>
      {t('caseList.overdueTasks', { count })}
    </Badge>
  );
}

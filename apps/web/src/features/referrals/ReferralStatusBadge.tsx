import type { ReferralStatus } from '@essaim/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { BADGE_TONES } from '../../ui/badge-tones';

export const REFERRAL_TONES: Record<ReferralStatus, keyof typeof BADGE_TONES> = {
  sent: 'warning',
  in_review: 'info',
  info_requested: 'warning',
  approved: 'brand',
  declined: 'danger',
  withdrawn: 'muted',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...BADGE_TONES[REFERRAL_TONES[status]]} tt="none" style={{ flexShrink: 0 }}>
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}

import type { NotificationKind } from '@essaim/domain';
import type { TFunction } from 'i18next';

import type { NotificationDto } from '../../api/notifications';
import './i18n';

/**
 * The params each kind's full title needs; without them (an older notification, a param the API
 * left out) the title says the same thing without naming it.
 */
const TITLE_PARAMS: Record<NotificationKind, readonly string[]> = {
  new_cases_digest: ['count'],
  case_assigned: ['projectName'],
  message_received: ['projectName'],
  task_due_tomorrow: ['taskTitle'],
  task_overdue: ['taskTitle'],
  orientation_received: ['projectName'],
  orientation_answered: ['projectName'],
  referral_received: ['projectName'],
  referral_info_requested: ['projectName'],
  referral_answered: ['projectName'],
  referral_decided: ['projectName'],
  referral_payment: ['projectName'],
  sla_unassigned: ['projectName', 'days'],
  sla_inactive: ['projectName', 'days'],
};

function present(value: unknown): value is string | number {
  return (
    (typeof value === 'string' && value.trim() !== '') ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** What a notification says, in the reader's language, from its kind and params. */
export function notificationTitle(
  t: TFunction,
  notification: Pick<NotificationDto, 'kind' | 'params'>,
): string {
  const required = TITLE_PARAMS[notification.kind] ?? [];
  const params = notification.params ?? {};
  if (required.length === 0 || !required.every((name) => present(params[name]))) {
    return t([`notifications.kinds.${notification.kind}.generic`, 'notifications.kinds.unknown']);
  }
  const values: Record<string, string | number> = {};
  for (const name of required) values[name] = params[name];
  // Counted words (cases, days) follow the number.
  const count = Number(values['count'] ?? values['days']);
  return t(`notifications.kinds.${notification.kind}.title`, {
    ...values,
    ...(Number.isFinite(count) ? { count } : {}),
  });
}

import type { Role } from './roles';

/**
 * What the app tells people about (PRODUCT.md, "Notification"; issue 6): each kind is shown in
 * the app at once, and mailed unless its recipient turned email off for that kind. Account mails
 * (invitation, password reset, email confirmation) are not notifications: they are always sent.
 */
export const NOTIFICATION_KINDS = [
  /** Daily digest of the new cases in the territory's queue (the operator's advisors). */
  'new_cases_digest',
  /** A case was assigned to me (lead or follower). */
  'case_assigned',
  /** A new message on my case (holder ↔ the case's advisors); at most one mail per thread per 10 minutes. */
  'message_received',
  /** One of my tasks is due tomorrow. */
  'task_due_tomorrow',
  /** One of my tasks is past its day. */
  'task_overdue',
  /** An orientation reached my organisation (partner advisors). */
  'orientation_received',
  /** A partner answered an orientation of my case (lead advisor, holders). */
  'orientation_answered',
  /** A referral reached my organisation (funders). */
  'referral_received',
  /** A funder asked a question on my case's referral (the case's advisors and holders). */
  'referral_info_requested',
  /** The question was answered (the funders of the organisation). */
  'referral_answered',
  /** A funder decided (the case's advisors and holders). */
  'referral_decided',
  /** A funder recorded a payment (the case's advisors and holders). */
  'referral_payment',
  /** A case waited with no advisor past the territory's SLA days (territory admins). */
  'sla_unassigned',
  /** A case under way had no event for the territory's inactivity days (lead advisor, territory admins). */
  'sla_inactive',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds someone of this role may receive: what their settings page lists. */
export const NOTIFICATION_KINDS_BY_ROLE: Record<Role, readonly NotificationKind[]> = {
  holder: [
    'message_received',
    'orientation_answered',
    'referral_info_requested',
    'referral_decided',
    'referral_payment',
  ],
  advisor: [
    'new_cases_digest',
    'case_assigned',
    'message_received',
    'task_due_tomorrow',
    'task_overdue',
    'orientation_received',
    'orientation_answered',
    'referral_info_requested',
    'referral_decided',
    'referral_payment',
    'sla_inactive',
  ],
  funder: ['referral_received', 'referral_answered'],
  territory_admin: [
    'case_assigned',
    'message_received',
    'task_due_tomorrow',
    'task_overdue',
    'sla_unassigned',
    'sla_inactive',
  ],
  platform_admin: [],
};

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** How long a message thread's mails wait for each other: at most one mail per thread per this. */
export const MESSAGE_MAIL_BATCH_MINUTES = 10;

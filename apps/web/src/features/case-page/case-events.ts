import {
  CASE_STAGES,
  CLOSURE_OUTCOMES,
  DOCUMENT_CATEGORIES,
  type CaseStage,
  type ClosureOutcome,
  type DocumentCategory,
} from '@essaim/domain';
import type { TFunction } from 'i18next';

import type { CaseEventDto } from '../../api/cases';
import { formatEuros } from '../directory/money';

/** The kinds of events the timeline can be filtered on, each a few related event kinds. */
export const EVENT_GROUPS = [
  'stages',
  'team',
  'notes',
  'tasks',
  'messages',
  'documents',
  'orientations',
  'funding',
] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

const GROUP_OF_KIND: Record<string, EventGroup> = {
  submitted: 'stages',
  stage_changed: 'stages',
  assigned: 'team',
  priority_changed: 'team',
  note_added: 'notes',
  note_edited: 'notes',
  task_added: 'tasks',
  task_done: 'tasks',
  task_reopened: 'tasks',
  task_updated: 'tasks',
  message_posted: 'messages',
  document_uploaded: 'documents',
  orientation_proposed: 'orientations',
  orientation_accepted: 'orientations',
  orientation_declined: 'orientations',
  orientation_completed: 'orientations',
  referral_sent: 'funding',
  referral_opened: 'funding',
  referral_info_requested: 'funding',
  referral_answered: 'funding',
  referral_decided: 'funding',
  referral_withdrawn: 'funding',
  referral_payment_recorded: 'funding',
};

export function eventGroup(kind: string): EventGroup | null {
  return GROUP_OF_KIND[kind] ?? null;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
const isStage = oneOf<CaseStage>(CASE_STAGES);
const isOutcome = oneOf<ClosureOutcome>(CLOSURE_OUTCOMES);
const isCategory = oneOf<DocumentCategory>(DOCUMENT_CATEGORIES);

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

function euros(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'number' ? formatEuros(value) : '';
}

/** Names of the people an event may mention by id only (an assignment). */
export type NameOf = (userId: string) => string | undefined;

/** What happened, as one sentence in plain words. */
export function eventTitle(t: TFunction, event: CaseEventDto, nameOf: NameOf): string {
  const { payload } = event;
  switch (event.kind) {
    case 'submitted':
      return t('casePage.events.submitted');
    case 'stage_changed':
      return stageChangeTitle(t, payload);
    case 'assigned': {
      const lead = nameOf(text(payload, 'leadAdvisorId'));
      return lead ? t('casePage.events.assignedTo', { name: lead }) : t('casePage.events.assigned');
    }
    case 'priority_changed':
      return text(payload, 'to') === 'high'
        ? t('casePage.events.priorityHigh')
        : t('casePage.events.priorityNormal');
    case 'note_added':
    case 'note_edited':
    case 'message_posted':
      return t(`casePage.events.${event.kind}`);
    case 'task_added':
    case 'task_done':
    case 'task_reopened':
    case 'task_updated':
      return t(`casePage.events.${event.kind}`, { title: text(payload, 'title') });
    case 'document_uploaded': {
      const category = payload['category'];
      const version = Number(payload['version'] ?? 1);
      return t(version > 1 ? 'casePage.events.documentVersion' : 'casePage.events.document_uploaded', {
        fileName: text(payload, 'fileName'),
        category: isCategory(category) ? t(`casePage.documents.categories.${category}`) : '',
        version,
      });
    }
    case 'orientation_proposed':
    case 'orientation_accepted':
    case 'orientation_declined':
    case 'orientation_completed':
      return t(`casePage.events.${event.kind}`, {
        organisation: text(payload, 'organisationName'),
        offer: text(payload, 'offerName'),
      });
    case 'referral_sent':
      return t('casePage.events.referral_sent', {
        organisation: text(payload, 'organisationName'),
        offer: text(payload, 'offerName'),
        amount: euros(payload, 'askedCents'),
      });
    case 'referral_opened':
    case 'referral_info_requested':
    case 'referral_answered':
    case 'referral_withdrawn':
      return t(`casePage.events.${event.kind}`, { organisation: text(payload, 'organisationName') });
    case 'referral_decided':
      return payload['decision'] === 'approved'
        ? t('casePage.events.referralApproved', {
            organisation: text(payload, 'organisationName'),
            amount: euros(payload, 'grantedCents'),
          })
        : t('casePage.events.referralDeclined', { organisation: text(payload, 'organisationName') });
    case 'referral_payment_recorded':
      return t('casePage.events.referral_payment_recorded', { amount: euros(payload, 'amountCents') });
    default:
      return t('casePage.events.other');
  }
}

function stageChangeTitle(t: TFunction, payload: Record<string, unknown>): string {
  const to = payload['to'];
  const outcome = payload['outcome'];
  if (to === 'closed') {
    return isOutcome(outcome)
      ? t('casePage.events.closedWith', { outcome: t(`casePage.outcomes.${outcome}`) })
      : t('casePage.events.closed');
  }
  if (to === 'on_hold') return t('casePage.events.onHold');
  if (!isStage(to)) return t('casePage.events.other');
  const stage = t(`cases.steps.${to}`);
  const move = text(payload, 'move');
  if (move === 'back' || move === 'resume' || move === 'reopen' || move === 'take') {
    return t(`casePage.events.moves.${move}`, { stage });
  }
  return t('casePage.events.moves.advance', { stage });
}

/** Why it happened, when the staff wrote a reason (holders never get one). */
export function eventReason(event: CaseEventDto): string | null {
  const reason = event.payload['reason'];
  return typeof reason === 'string' && reason.trim() !== '' ? reason : null;
}

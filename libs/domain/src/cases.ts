/** The stages of a case, in workflow order; `on_hold` and `closed` can follow any open stage. */
export const CASE_STAGES = [
  'submitted',
  'orientation',
  'accompaniment',
  'funding',
  'on_hold',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_PRIORITIES = ['normal', 'high'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** What a case document is; message attachments are `other` unless said otherwise. */
export const DOCUMENT_CATEGORIES = [
  'statutes',
  'business_plan',
  'budget',
  'accounts',
  'bank_details',
  'other',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** An orientation to a partner: proposed, then accepted or declined; accepted, then completed. */
export const ORIENTATION_STATUSES = ['proposed', 'accepted', 'declined', 'completed'] as const;
export type OrientationStatus = (typeof ORIENTATION_STATUSES)[number];

/** Alert thresholds when a territory sets none: days unassigned after submission, days without an event. */
export const DEFAULT_SLA_DAYS = 5;
export const DEFAULT_INACTIVITY_DAYS = 30;

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

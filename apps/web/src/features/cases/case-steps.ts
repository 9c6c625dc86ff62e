import type { CaseStage } from '@essaim/domain';

/** The steps a holder sees a case go through; `on_hold` pauses it at one of them. */
export const CASE_STEPS = ['submitted', 'orientation', 'accompaniment', 'funding', 'closed'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

/** The step a case is at: for a case on hold, the step it was at before the pause. */
export function currentStep(stage: CaseStage, enteredAt: Partial<Record<CaseStage, string>>): CaseStep {
  if (stage !== 'on_hold') return stage;
  let latest: CaseStep = 'submitted';
  for (const step of CASE_STEPS) {
    const date = enteredAt[step];
    const latestDate = enteredAt[latest];
    if (date !== undefined && (latestDate === undefined || date > latestDate)) latest = step;
  }
  return latest;
}

import { isApiError } from '@essaim/api-client';
import { isValidSiret, normaliseSiret, type LegalForm, type ProjectStage, type Sector } from '@essaim/domain';
import type { TFunction } from 'i18next';

import type { ProjectDto, ProjectInput } from '../../api/projects';

import type { CommuneChoice } from './CommuneCombobox';

/** The form's fields, in screen order; the API's names for them. */
export const PROJECT_FIELDS = [
  'name',
  'summary',
  'legalForm',
  'siret',
  'sector',
  'stage',
  'communeCode',
  'jobsNow',
  'jobsPlanned',
  'fundingNeedCents',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];
export type ProjectErrors = Partial<Record<ProjectField, string>>;

export interface ProjectFormValues {
  name: string;
  summary: string;
  legalForm: LegalForm | '';
  siret: string;
  sector: Sector | '';
  stage: ProjectStage | '';
  commune: CommuneChoice | null;
  jobsNow: string;
  jobsPlanned: string;
  fundingNeed: string;
}

export const EMPTY_PROJECT: ProjectFormValues = {
  name: '',
  summary: '',
  legalForm: '',
  siret: '',
  sector: '',
  stage: '',
  commune: null,
  jobsNow: '',
  jobsPlanned: '',
  fundingNeed: '',
};

export function valuesOf(project: ProjectDto): ProjectFormValues {
  return {
    name: project.name,
    summary: project.summary,
    legalForm: project.legalForm,
    siret: project.siret ?? '',
    sector: project.sector,
    stage: project.stage,
    commune: {
      code: project.commune.code,
      label: `${project.commune.name} (${project.commune.departementCode})`,
    },
    jobsNow: String(project.jobsNow),
    jobsPlanned: String(project.jobsPlanned),
    fundingNeed: euroText(project.fundingNeedCents),
  };
}

/** Cents as people type euros: `15000`, `1250,50`. */
function euroText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** A whole number ≥ 0, `null` when left empty, `NaN` when not a number. */
export function parseCount(text: string): number | null {
  const value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (value === '') return null;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** Euros as typed (`15 000`, `1250,50 €`) to cents; `null` when empty, `NaN` when not an amount. */
export function parseEuros(text: string): number | null {
  const value = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (value === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}

export function needsSiret(legalForm: LegalForm | ''): boolean {
  return legalForm !== '' && legalForm !== 'unregistered';
}

/** The SIRET problem to show while typing: only once the number could be complete, or on demand. */
export function siretProblem(t: TFunction, siret: string, eager: boolean): string | undefined {
  const digits = normaliseSiret(siret);
  if (digits === '') return undefined;
  if (!eager && digits.length < 14) return undefined;
  return isValidSiret(digits) ? undefined : t('projects.form.errors.siret.invalid');
}

/** Everything wrong with the values that can be told without asking the API. */
export function localProblems(t: TFunction, values: ProjectFormValues): ProjectErrors {
  const errors: ProjectErrors = {};
  if (values.name.trim() === '') errors.name = t('projects.form.errors.name.required');
  if (values.legalForm === '') errors.legalForm = t('projects.form.errors.legalForm.required');
  if (needsSiret(values.legalForm)) errors.siret = siretProblem(t, values.siret, true);
  if (values.sector === '') errors.sector = t('projects.form.errors.sector.required');
  if (values.stage === '') errors.stage = t('projects.form.errors.stage.required');
  if (values.commune === null) errors.communeCode = t('projects.form.errors.communeCode.required');
  if (Number.isNaN(parseCount(values.jobsNow))) errors.jobsNow = t('projects.form.errors.count');
  if (Number.isNaN(parseCount(values.jobsPlanned))) errors.jobsPlanned = t('projects.form.errors.count');
  if (Number.isNaN(parseEuros(values.fundingNeed)))
    errors.fundingNeedCents = t('projects.form.errors.amount');
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
}

/** The body of POST /api/projects, or of PATCH (then a removed SIRET or summary is sent empty). */
export function projectInput(values: ProjectFormValues, editing: boolean): ProjectInput {
  const siret = needsSiret(values.legalForm) ? normaliseSiret(values.siret) : '';
  const summary = values.summary.trim();
  const count = (text: string) => parseCount(text) ?? (editing ? 0 : undefined);
  return {
    name: values.name.trim(),
    ...(summary !== '' || editing ? { summary } : {}),
    legalForm: values.legalForm as LegalForm,
    ...(siret !== '' ? { siret } : editing ? { siret: null } : {}),
    sector: values.sector as Sector,
    stage: values.stage as ProjectStage,
    communeCode: values.commune?.code ?? '',
    jobsNow: count(values.jobsNow),
    jobsPlanned: count(values.jobsPlanned),
    fundingNeedCents: parseEuros(values.fundingNeed) ?? (editing ? 0 : undefined),
  };
}

const REQUIRED_REASONS = new Set(['isNotEmpty', 'isDefined', 'isString', 'matches', 'isIn', 'required']);

/** The API's field problems, in plain words under the field they concern. */
export function serverProblems(t: TFunction, error: unknown): ProjectErrors {
  const errors: ProjectErrors = {};
  if (!isApiError(error)) return errors;
  for (const detail of error.details) {
    const field = PROJECT_FIELDS.find((candidate) => candidate === detail.field);
    if (field === undefined || errors[field] !== undefined) continue;
    errors[field] = fieldMessage(t, field, detail.reason);
  }
  return errors;
}

function fieldMessage(t: TFunction, field: ProjectField, reason: string): string {
  // Whatever the API's reason, these fields have one thing that can be wrong with them.
  if (field === 'siret') return t('projects.form.errors.siret.invalid');
  if (field === 'jobsNow' || field === 'jobsPlanned') return t('projects.form.errors.count');
  if (field === 'fundingNeedCents') return t('projects.form.errors.amount');
  const keys = [`projects.form.errors.${field}.${reason}`];
  if (REQUIRED_REASONS.has(reason)) keys.push(`projects.form.errors.${field}.required`);
  keys.push('projects.form.errors.generic');
  return t(keys);
}

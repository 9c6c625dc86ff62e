// Shapes the API answers with, for the specs of the holder's pages.
import type { Answers, NeedProfile, QuestionnaireDefinition } from '@essaim/domain';
import { sectionProgress, missingRequired } from '@essaim/domain';

import type { DiagnosticDto, DiagnosticResultsDto, MatchDto } from '../../api/diagnostics';
import type { ProjectDto } from '../../api/projects';

export const DEFINITION: QuestionnaireDefinition = {
  sections: [
    {
      key: 'project',
      title: { fr: 'Votre projet', en: 'Your project' },
      questions: [
        {
          key: 'has_premises',
          type: 'yes_no',
          label: { fr: 'Avez-vous déjà des locaux ?', en: 'Do you already have premises?' },
          required: true,
          options: [
            { key: 'yes', label: { fr: 'Oui', en: 'Yes' } },
            { key: 'no', label: { fr: 'Non', en: 'No' }, weights: { premises: 3 } },
          ],
        },
        {
          key: 'premises_search',
          type: 'single_choice',
          label: { fr: 'Quand cherchez-vous un local ?', en: 'When are you looking for premises?' },
          required: true,
          condition: { question: 'has_premises', equals: ['no'] },
          options: [
            { key: 'now', label: { fr: 'Dès maintenant', en: 'Right now' }, weights: { premises: 3 } },
            { key: 'later', label: { fr: 'Plus tard', en: 'Later' }, weights: { premises: 1 } },
          ],
        },
        {
          key: 'team_size',
          type: 'number',
          label: { fr: 'Combien de personnes portent le projet ?', en: 'How many people run the project?' },
          required: false,
          min: 1,
          max: 500,
        },
      ],
    },
    {
      key: 'funding',
      title: { fr: 'Financement', en: 'Funding' },
      questions: [
        {
          key: 'funding_sources',
          type: 'multiple_choice',
          label: { fr: 'Quels financements avez-vous déjà ?', en: 'Which funding do you already have?' },
          required: false,
          options: [
            { key: 'own', label: { fr: 'Apport personnel', en: 'Own contribution' } },
            { key: 'grant', label: { fr: 'Subvention', en: 'Grant' } },
          ],
        },
        {
          key: 'funding_confidence',
          type: 'scale',
          label: {
            fr: 'Votre plan de financement est-il bouclé ?',
            en: 'Is your funding plan complete?',
          },
          required: true,
          weights: { funding: 4 },
          invert: true,
        },
        {
          key: 'comments',
          type: 'text',
          label: { fr: 'Autre chose à nous dire ?', en: 'Anything else to tell us?' },
          required: false,
        },
      ],
    },
  ],
};

export function diagnosticDto(answers: Answers = {}, overrides: Partial<DiagnosticDto> = {}): DiagnosticDto {
  return {
    id: 'diag-1',
    projectId: 'proj-1',
    status: 'draft',
    questionnaire: { id: 'qv-1', number: 1, publishedAt: '2026-01-05T10:00:00.000Z', definition: DEFINITION },
    answers,
    progress: sectionProgress(DEFINITION, answers),
    missingRequired: missingRequired(DEFINITION, answers),
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    submittedAt: null,
    caseId: null,
    ...overrides,
  };
}

export function projectDto(overrides: Partial<ProjectDto> = {}): ProjectDto {
  return {
    id: 'proj-1',
    name: 'La Recyclerie du Val',
    summary: 'Une ressourcerie associative.',
    legalForm: 'association',
    siret: null,
    sector: 'circular_economy',
    stage: 'creation',
    commune: { code: '44109', name: 'Nantes', departementCode: '44' },
    jobsNow: 2,
    jobsPlanned: 6,
    fundingNeedCents: 4_500_000,
    version: 3,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    myRole: 'owner',
    members: [{ userId: 'user-holder', firstName: 'Camille', lastName: 'Martin', role: 'owner' }],
    pendingInvitations: [],
    latestDiagnostic: null,
    case: null,
    ...overrides,
  };
}

export const PROFILE: NeedProfile = {
  funding: 80,
  business_model: 45,
  legal_structure: 10,
  governance: 30,
  employment_hr: 59,
  premises: 60,
  market_sales: 29,
  partnerships: 0,
  impact: 100,
  digital: 5,
};

export const MATCH: MatchDto = {
  score: 72,
  needs: ['funding', 'premises'],
  local: true,
  offer: {
    id: 'offer-1',
    name: "Prêt d'honneur solidaire",
    summary: 'Un prêt sans intérêt ni garantie pour les fondateurs.',
    kind: 'funding',
    instrument: 'honour_loan',
    amountMinCents: 300_000,
    amountMaxCents: 3_000_000,
    needCategories: ['funding'],
    stages: [],
    legalForms: [],
    sectors: [],
    organisation: { id: 'org-7', name: 'Initiative Loire Solidaire', kind: 'funder' },
    territory: { code: 'pdl', name: 'Pays de la Loire' },
  },
};

export function resultsDto(overrides: Partial<DiagnosticResultsDto> = {}): DiagnosticResultsDto {
  return {
    needProfile: PROFILE,
    matches: [MATCH],
    case: {
      id: 'case-1',
      reference: 'PDL-2026-00042',
      stage: 'submitted',
      submittedAt: '2026-03-04T15:30:00.000Z',
    },
    ...overrides,
  };
}

// Shapes the API answers with, for the specs of the staff's lists (case list, home, orientations).
import type { CaseListItem, CasePage, StaffAdvisor } from '../../api/case-lists';

export const ADVISOR_ID = 'user-advisor';

export function caseItem(overrides: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id: '0b8f5a0e-0000-4000-8000-000000000001',
    reference: 'PDL-2026-00001',
    stage: 'submitted',
    priority: 'normal',
    submittedAt: '2026-03-02T09:00:00.000Z',
    stageEnteredAt: '2026-03-02T09:00:00.000Z',
    lastEventAt: '2026-03-05T10:00:00.000Z',
    version: 3,
    project: {
      id: 'project-1',
      name: 'La Ressourcerie du Marais',
      sector: 'circular_economy',
      legalForm: 'association',
      commune: { code: '44109', name: 'Nantes' },
    },
    holder: { id: 'holder-1', firstName: 'Inès', lastName: 'Moreau' },
    leadAdvisor: null,
    overdueTasks: 0,
    ...overrides,
  };
}

export const SECOND_CASE = caseItem({
  id: '0b8f5a0e-0000-4000-8000-000000000002',
  reference: 'PDL-2026-00002',
  stage: 'accompaniment',
  priority: 'high',
  version: 7,
  project: {
    id: 'project-2',
    name: 'Tiers-lieu des Forges',
    sector: 'culture',
    legalForm: 'scic',
    commune: null,
  },
  leadAdvisor: { id: ADVISOR_ID, firstName: 'Camille', lastName: 'Martin' },
  overdueTasks: 2,
});

export function casePage(items: CaseListItem[], total = items.length, page = 1): CasePage {
  return { items, total, totalCapped: false, page, pageSize: 25 };
}

export const ADVISORS: StaffAdvisor[] = [
  {
    id: ADVISOR_ID,
    firstName: 'Camille',
    lastName: 'Martin',
    role: 'advisor',
    organisation: { id: 'org-cress', name: 'CRESS Pays de la Loire' },
  },
  {
    id: '5d4c3b2a-0000-4000-8000-00000000000c',
    firstName: 'Claire',
    lastName: 'Dupont',
    role: 'advisor',
    organisation: { id: 'org-partner', name: 'Ouvre-Boîtes 44' },
  },
  {
    id: 'admin-1',
    firstName: 'Alex',
    lastName: 'Bernard',
    role: 'territory_admin',
    organisation: { id: 'org-cress', name: 'CRESS Pays de la Loire' },
  },
];

import type { Answers, QuestionnaireDefinition } from '@essaim/domain';
import { Offer } from '../src/directory/offer.entity';
import { ProjectMember } from '../src/projects/project-member.entity';
import { Project } from '../src/projects/project.entity';
import { QuestionnaireVersion } from '../src/questionnaires/questionnaire-version.entity';
import { Commune } from '../src/territories/commune.entity';
import type { Organisation } from '../src/territories/organisation.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import type { Agent, TestContext } from './test-app';
import { uniqueName } from './test-database';

/** A SIRET that passes the Luhn check (the INSEE's own, 130 005 481 00010), and one that does not. */
export const VALID_SIRET = '13000548100010';
export const INVALID_SIRET = '13000548100011';

const label = (fr: string) => ({ fr, en: `${fr} (en)` });

/**
 * A small questionnaire whose scores can be followed by hand: every type, one condition, and
 * weights on four need categories.
 */
export const SMALL_QUESTIONNAIRE: QuestionnaireDefinition = {
  sections: [
    {
      key: 'money',
      title: label('Argent'),
      questions: [
        {
          key: 'funding_status',
          type: 'single_choice',
          label: label('Votre financement'),
          required: true,
          options: [
            { key: 'none', label: label('Aucun'), weights: { funding: 4 } },
            { key: 'partial', label: label('En partie'), weights: { funding: 2 } },
            { key: 'full', label: label('Complet'), weights: {} },
          ],
        },
        {
          key: 'model_confidence',
          type: 'scale',
          label: label('Confiance dans le modèle'),
          required: true,
          weights: { business_model: 4 },
          invert: true,
        },
        {
          key: 'amount',
          type: 'number',
          label: label('Montant recherché'),
          required: false,
          min: 0,
          max: 100000,
        },
      ],
    },
    {
      key: 'team',
      title: label('Équipe'),
      questions: [
        {
          key: 'needs',
          type: 'multiple_choice',
          label: label('Besoins'),
          required: false,
          options: [
            { key: 'premises', label: label('Locaux'), weights: { premises: 3 } },
            { key: 'website', label: label('Site web'), weights: { digital: 2 } },
            { key: 'hire', label: label('Recruter'), weights: { funding: 1 } },
          ],
        },
        {
          key: 'has_employees',
          type: 'yes_no',
          label: label('Des salariés ?'),
          required: true,
          options: [
            { key: 'yes', label: label('Oui'), weights: {} },
            { key: 'no', label: label('Non'), weights: {} },
          ],
        },
        {
          key: 'employees',
          type: 'number',
          label: label('Combien ?'),
          required: true,
          min: 1,
          max: 500,
          condition: { question: 'has_employees', equals: ['yes'] },
        },
        { key: 'comment', type: 'text', label: label('Commentaire'), required: false },
      ],
    },
  ],
};

/** Answers every required question of SMALL_QUESTIONNAIRE (employees is hidden). */
export const SMALL_ANSWERS: Answers = { funding_status: 'none', model_confidence: 2, has_employees: false };

let communeSeq = 0;

/** A commune of the territory, with a code no other commune of this test file has. */
export async function newCommune(
  ctx: TestContext,
  territory: Territory,
  overrides: Partial<Commune> = {},
): Promise<Commune> {
  communeSeq += 1;
  const code = String(44000 + communeSeq);
  return ctx.dataSource.getRepository(Commune).save({
    code,
    name: uniqueName('Commune'),
    departementCode: code.slice(0, 2),
    territoryId: territory.id,
    postalCodes: [`${code.slice(0, 2)}000`],
    ...overrides,
  });
}

/** Publishes a definition as the territory's next version, straight into the table. */
export async function publishQuestionnaire(
  ctx: TestContext,
  territory: Territory,
  definition: QuestionnaireDefinition = SMALL_QUESTIONNAIRE,
): Promise<QuestionnaireVersion> {
  const repository = ctx.dataSource.getRepository(QuestionnaireVersion);
  const number = (await repository.countBy({ territoryId: territory.id })) + 1;
  return repository.save({ territoryId: territory.id, number, definition });
}

export function newOffer(
  ctx: TestContext,
  organisation: Organisation,
  overrides: Partial<Offer> = {},
): Promise<Offer> {
  return ctx.dataSource.getRepository(Offer).save({
    territoryId: organisation.territoryId,
    organisationId: organisation.id,
    name: uniqueName('Dispositif'),
    summary: 'Un dispositif de test.',
    kind: 'accompaniment',
    needCategories: ['funding'],
    ...overrides,
  } as Partial<Offer>);
}

/** A project held by `owner`, straight into the tables (the API's create is tested on its own). */
export async function newProject(
  ctx: TestContext,
  owner: User,
  commune: Commune,
  overrides: Partial<Project> = {},
): Promise<Project> {
  const project = await ctx.dataSource.getRepository(Project).save({
    territoryId: commune.territoryId,
    name: uniqueName('Projet'),
    legalForm: 'association',
    sector: 'circular_economy',
    stage: 'creation',
    communeCode: commune.code,
    ...overrides,
  } as Partial<Project>);
  await ctx.dataSource
    .getRepository(ProjectMember)
    .insert({ projectId: project.id, userId: owner.id, role: 'owner' });
  return project;
}

/** A valid body for POST /api/projects in this commune. */
export function projectBody(commune: Commune, overrides: Record<string, unknown> = {}) {
  return {
    name: 'La Recyclerie du Val',
    summary: 'Collecte, réparation et revente d’objets.',
    legalForm: 'association',
    sector: 'circular_economy',
    stage: 'creation',
    communeCode: commune.code,
    jobsNow: 2,
    jobsPlanned: 5,
    fundingNeedCents: 4_000_000,
    ...overrides,
  };
}

/** Starts (or finds) the project's draft and saves each answer through the API. */
export async function answeredDiagnostic(agent: Agent, projectId: string, answers: Answers): Promise<string> {
  const started = await agent.post(`/api/projects/${projectId}/diagnostics`).send({});
  if (![200, 201].includes(started.status)) throw new Error(`start answered ${started.status}`);
  const id = started.body.id as string;
  for (const [key, value] of Object.entries(answers)) {
    const saved = await agent.put(`/api/diagnostics/${id}/answers/${key}`).send({ value });
    if (saved.status !== 200) throw new Error(`answer ${key} answered ${saved.status}: ${saved.text}`);
  }
  return id;
}

/** A case opened the holder's way: a new project, its diagnostic answered and submitted. */
export async function submittedCase(
  ctx: TestContext,
  holder: User,
  holderAgent: Agent,
  commune: Commune,
): Promise<string> {
  const project = await newProject(ctx, holder, commune);
  const diagnosticId = await answeredDiagnostic(holderAgent, project.id, SMALL_ANSWERS);
  const { body } = await holderAgent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
  return body.case.id as string;
}

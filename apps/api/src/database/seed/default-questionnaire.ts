import type {
  AnswerOption,
  Answers,
  LocalisedText,
  NeedWeights,
  Question,
  QuestionCondition,
  QuestionnaireDefinition,
} from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { QuestionnaireDraft } from '../../questionnaires/questionnaire-draft.entity';
import { QuestionnaireVersion } from '../../questionnaires/questionnaire-version.entity';

// The needs diagnostic a new territory starts from: six sections, 33 questions, every
// question type. Choice options and scales add weights to the ten need categories;
// "confidence" scales are inverted (low confidence = strong need). Text and number answers
// inform the advisor and score nothing.

const text = (fr: string, en: string): LocalisedText => ({ fr, en });

const option = (key: string, fr: string, en: string, weights: NeedWeights = {}): AnswerOption => ({
  key,
  label: text(fr, en),
  weights,
});

interface Extra {
  required?: boolean;
  help?: LocalisedText;
  condition?: QuestionCondition;
}

const extra = ({
  required = true,
  help,
  condition,
}: Extra): Pick<Question, 'required' | 'help' | 'condition'> => ({
  required,
  ...(help ? { help } : {}),
  ...(condition ? { condition } : {}),
});

const single = (key: string, label: LocalisedText, options: AnswerOption[], more: Extra = {}): Question => ({
  key,
  type: 'single_choice',
  label,
  options,
  ...extra(more),
});

const multiple = (
  key: string,
  label: LocalisedText,
  options: AnswerOption[],
  more: Extra = {},
): Question => ({
  key,
  type: 'multiple_choice',
  label,
  options,
  ...extra(more),
});

const yesNo = (
  key: string,
  label: LocalisedText,
  yes: NeedWeights,
  no: NeedWeights,
  more: Extra = {},
): Question => ({
  key,
  type: 'yes_no',
  label,
  options: [option('yes', 'Oui', 'Yes', yes), option('no', 'Non', 'No', no)],
  ...extra(more),
});

/** Full weights at 5 ("very much"), nothing at 1. */
const scale = (key: string, label: LocalisedText, weights: NeedWeights, more: Extra = {}): Question => ({
  key,
  type: 'scale',
  label,
  weights,
  ...extra(more),
});

/** A confidence scale: full weights at 1 ("not at all confident"), nothing at 5. */
const confidence = (key: string, label: LocalisedText, weights: NeedWeights, more: Extra = {}): Question => ({
  ...scale(key, label, weights, more),
  invert: true,
});

const number = (key: string, label: LocalisedText, min: number, max: number, more: Extra = {}): Question => ({
  key,
  type: 'number',
  label,
  min,
  max,
  ...extra(more),
});

const freeText = (key: string, label: LocalisedText, more: Extra = {}): Question => ({
  key,
  type: 'text',
  label,
  ...extra({ required: false, ...more }),
});

const SCALE_HELP = text('1 : pas du tout — 5 : tout à fait.', '1: not at all — 5: completely.');

export const DEFAULT_QUESTIONNAIRE: QuestionnaireDefinition = {
  sections: [
    {
      key: 'project',
      title: text('Votre projet et son modèle', 'Your project and its model'),
      questions: [
        freeText(
          'project_pitch',
          text(
            'En quelques lignes, que fait (ou fera) votre structure, et pour qui ?',
            'In a few lines, what does (or will) your organisation do, and for whom?',
          ),
        ),
        single(
          'activity_status',
          text('Où en est votre activité aujourd’hui ?', 'Where does your activity stand today?'),
          [
            option('not_started', 'Pas encore démarrée', 'Not started yet', {
              business_model: 3,
              market_sales: 2,
            }),
            option(
              'testing',
              'En test auprès de premiers usagers ou clients',
              'Being tested with first users or customers',
              {
                business_model: 2,
                market_sales: 2,
              },
            ),
            option('running', 'Lancée, avec des recettes régulières', 'Running, with regular income', {
              business_model: 1,
            }),
            option(
              'growing',
              'Installée, et nous voulons changer d’échelle',
              'Established, and we want to scale up',
              {
                partnerships: 2,
                employment_hr: 1,
                funding: 1,
              },
            ),
          ],
        ),
        single(
          'main_challenge',
          text(
            'Quel est votre principal défi pour les 12 prochains mois ?',
            'What is your main challenge for the next 12 months?',
          ),
          [
            option('finance', 'Financer le projet', 'Financing the project', { funding: 4 }),
            option('model', 'Trouver un modèle économique viable', 'Finding a viable business model', {
              business_model: 4,
            }),
            option('customers', 'Trouver des clients ou des usagers', 'Finding customers or users', {
              market_sales: 4,
            }),
            option('team', 'Constituer ou organiser l’équipe', 'Building or organising the team', {
              employment_hr: 3,
              governance: 1,
            }),
            option('premises', 'Trouver des locaux adaptés', 'Finding suitable premises', { premises: 4 }),
            option(
              'legal',
              'Choisir ou faire évoluer le statut juridique',
              'Choosing or changing the legal status',
              {
                legal_structure: 4,
              },
            ),
            option('impact', 'Montrer notre utilité sociale', 'Showing our social value', { impact: 4 }),
          ],
        ),
        confidence(
          'model_confidence',
          text(
            'Avez-vous confiance dans la viabilité de votre modèle économique ?',
            'How confident are you that your business model is viable?',
          ),
          { business_model: 4, funding: 1 },
          { help: SCALE_HELP },
        ),
        yesNo(
          'has_business_plan',
          text(
            'Avez-vous un plan d’affaires ou un prévisionnel financier ?',
            'Do you have a business plan or financial forecast?',
          ),
          {},
          { business_model: 3, funding: 1 },
        ),
        yesNo(
          'business_plan_recent',
          text('Date-t-il de moins d’un an ?', 'Is it less than a year old?'),
          {},
          { business_model: 2 },
          { condition: { question: 'has_business_plan', equals: ['yes'] } },
        ),
      ],
    },
    {
      key: 'structure',
      title: text('Statut juridique et gouvernance', 'Legal status and governance'),
      questions: [
        single(
          'legal_status_fit',
          text('Votre statut juridique vous convient-il ?', 'Does your legal status suit you?'),
          [
            option('suits', 'Oui, il est adapté au projet', 'Yes, it fits the project'),
            option(
              'questioning',
              'Nous nous interrogeons sur un changement',
              'We are thinking of changing it',
              {
                legal_structure: 3,
              },
            ),
            option('none_yet', 'Nous n’avons pas encore de statut', 'We have no legal status yet', {
              legal_structure: 4,
            }),
          ],
        ),
        multiple(
          'legal_questions',
          text('Quelles questions se posent à vous ?', 'Which questions do you face?'),
          [
            option(
              'choose_status',
              'Choisir entre association, coopérative, société…',
              'Choosing between association, cooperative, company…',
              {
                legal_structure: 3,
              },
            ),
            option(
              'become_coop',
              'Passer en SCOP ou en SCIC',
              'Becoming a worker or multi-stakeholder co-op',
              {
                legal_structure: 2,
                governance: 2,
              },
            ),
            option('esus', 'Obtenir l’agrément ESUS', 'Obtaining the ESUS accreditation', {
              legal_structure: 2,
              impact: 1,
            }),
            option('statutes', 'Rédiger ou réviser les statuts', 'Writing or revising the statutes', {
              legal_structure: 2,
              governance: 1,
            }),
            option('tax', 'Fiscalité, TVA, rescrit', 'Taxes, VAT, tax rulings', {
              legal_structure: 2,
              funding: 1,
            }),
          ],
          { condition: { question: 'legal_status_fit', equals: ['questioning', 'none_yet'] } },
        ),
        confidence(
          'governance_confidence',
          text(
            'Les décisions se prennent-elles facilement, avec des rôles clairs ?',
            'Are decisions made easily, with clear roles?',
          ),
          { governance: 4 },
          { help: SCALE_HELP },
        ),
        multiple(
          'decision_makers',
          text('Qui prend part aux décisions importantes ?', 'Who takes part in important decisions?'),
          [
            option('founders', 'Les fondateurs ou fondatrices seulement', 'The founders only', {
              governance: 3,
            }),
            option('employees', 'Les salariés', 'Employees'),
            option('users', 'Les usagers ou bénéficiaires', 'Users or beneficiaries'),
            option('volunteers', 'Les bénévoles', 'Volunteers'),
            option('partners', 'Des partenaires ou collectivités', 'Partners or local authorities'),
          ],
        ),
        number(
          'members_count',
          text(
            'Combien de membres ou d’associés compte la structure ?',
            'How many members or partners does the organisation have?',
          ),
          0,
          100_000,
          { required: false },
        ),
      ],
    },
    {
      key: 'funding',
      title: text('Financement', 'Funding'),
      questions: [
        single(
          'funding_need',
          text(
            'De quel montant avez-vous besoin dans les 18 prochains mois ?',
            'How much do you need over the next 18 months?',
          ),
          [
            option('none', 'Pas de besoin identifié', 'No need identified'),
            option('under_10k', 'Moins de 10 000 €', 'Less than €10,000', { funding: 1 }),
            option('10k_50k', 'De 10 000 à 50 000 €', '€10,000 to €50,000', { funding: 2 }),
            option('50k_200k', 'De 50 000 à 200 000 €', '€50,000 to €200,000', { funding: 3 }),
            option('over_200k', 'Plus de 200 000 €', 'More than €200,000', { funding: 4 }),
          ],
        ),
        multiple(
          'funding_uses',
          text('À quoi servirait ce financement ?', 'What would this funding pay for?'),
          [
            option('equipment', 'Du matériel ou des équipements', 'Equipment'),
            option('works', 'Des travaux ou l’achat de locaux', 'Works or buying premises', { premises: 2 }),
            option('working_capital', 'Le besoin en fonds de roulement', 'Working capital'),
            option('hiring', 'Des recrutements', 'Hiring', { employment_hr: 2 }),
            option('launch', 'Le lancement ou l’étude de faisabilité', 'The launch or a feasibility study', {
              business_model: 1,
            }),
            option('equity', 'Renforcer les fonds propres', 'Strengthening equity', { funding: 1 }),
            option('digital_tools', 'Des outils numériques', 'Digital tools', { digital: 2 }),
          ],
          { required: false },
        ),
        single('own_funds', text('Vos fonds propres sont-ils suffisants ?', 'Is your equity sufficient?'), [
          option('none', 'Nous n’en avons pas', 'We have none', { funding: 3 }),
          option('low', 'Ils sont faibles', 'It is low', { funding: 2 }),
          option('enough', 'Ils sont suffisants', 'It is sufficient'),
        ]),
        yesNo(
          'has_bank',
          text('Une banque vous accompagne-t-elle ?', 'Does a bank support you?'),
          {},
          { funding: 2, partnerships: 1 },
        ),
        confidence(
          'finance_confidence',
          text(
            'Êtes-vous à l’aise avec la gestion financière (trésorerie, budget, prévisionnel) ?',
            'Are you at ease with financial management (cash, budget, forecasts)?',
          ),
          { funding: 2, business_model: 2 },
          { help: SCALE_HELP },
        ),
        yesNo(
          'knows_public_funding',
          text(
            'Connaissez-vous les aides publiques et solidaires auxquelles vous avez droit ?',
            'Do you know the public and solidarity funding you are entitled to?',
          ),
          {},
          { funding: 1, partnerships: 1 },
        ),
      ],
    },
    {
      key: 'team',
      title: text('Équipe et emploi', 'Team and employment'),
      questions: [
        number(
          'team_size',
          text(
            'Combien de personnes travaillent dans le projet (salariées ou non) ?',
            'How many people work on the project (paid or not)?',
          ),
          0,
          10_000,
        ),
        single('hiring_plan', text('Prévoyez-vous de recruter ?', 'Do you plan to hire?'), [
          option('no', 'Non, pas pour l’instant', 'No, not for now'),
          option('within_year', 'Oui, dans l’année', 'Yes, within the year', { employment_hr: 2 }),
          option('now', 'Oui, nous recrutons déjà', 'Yes, we are hiring now', { employment_hr: 3 }),
        ]),
        multiple(
          'hiring_kinds',
          text('Quels recrutements envisagez-vous ?', 'What kind of hiring do you plan?'),
          [
            option('first_job', 'Un premier emploi salarié', 'A first paid job', { employment_hr: 3 }),
            option('inclusion', 'Des contrats aidés ou d’insertion', 'Subsidised or inclusion contracts', {
              employment_hr: 2,
              funding: 1,
            }),
            option('apprentice', 'Des apprentis ou alternants', 'Apprentices', { employment_hr: 1 }),
            option('manager', 'Une direction ou un encadrement', 'A director or managers', {
              employment_hr: 2,
              governance: 1,
            }),
          ],
          { condition: { question: 'hiring_plan', equals: ['within_year', 'now'] } },
        ),
        confidence(
          'hr_confidence',
          text(
            'Maîtrisez-vous la gestion des ressources humaines (contrats, paie, convention collective) ?',
            'Do you master HR management (contracts, payroll, collective agreement)?',
          ),
          { employment_hr: 4 },
          { help: SCALE_HELP },
        ),
        yesNo(
          'relies_on_volunteers',
          text('Votre activité repose-t-elle sur des bénévoles ?', 'Does your activity rely on volunteers?'),
          { employment_hr: 1, governance: 1 },
          {},
        ),
      ],
    },
    {
      key: 'market',
      title: text('Marché, locaux et partenariats', 'Market, premises and partnerships'),
      questions: [
        single(
          'customers_known',
          text('Vos clients ou usagers sont-ils identifiés ?', 'Are your customers or users identified?'),
          [
            option('paying', 'Oui, et ils paient déjà', 'Yes, and they already pay'),
            option('identified', 'Oui, mais ils ne paient pas encore', 'Yes, but they do not pay yet', {
              market_sales: 2,
              business_model: 1,
            }),
            option('unknown', 'Pas encore', 'Not yet', { market_sales: 4, business_model: 1 }),
          ],
        ),
        confidence(
          'sales_confidence',
          text(
            'Êtes-vous à l’aise pour vendre et faire connaître votre offre ?',
            'Are you at ease selling and promoting your offer?',
          ),
          { market_sales: 4, digital: 1 },
          { help: SCALE_HELP },
        ),
        single(
          'premises_situation',
          text('Quelle est votre situation pour les locaux ?', 'What is your situation regarding premises?'),
          [
            option('suitable', 'Nous avons des locaux adaptés', 'We have suitable premises'),
            option('home', 'Nous travaillons à domicile', 'We work from home', { premises: 1 }),
            option('third_place', 'Nous sommes dans un tiers-lieu', 'We are in a third place'),
            option(
              'too_small',
              'Nos locaux sont trop petits ou inadaptés',
              'Our premises are too small or unsuitable',
              {
                premises: 3,
              },
            ),
            option('searching', 'Nous cherchons des locaux', 'We are looking for premises', { premises: 4 }),
          ],
        ),
        // What kind of place, for the advisor: how pressing the need is comes from the question above.
        multiple(
          'premises_kinds',
          text('Quels locaux vous faut-il ?', 'What premises do you need?'),
          [
            option('office', 'Des bureaux', 'Offices'),
            option('workshop', 'Un atelier ou un local d’activité', 'A workshop'),
            option(
              'shop',
              'Une boutique ou un lieu d’accueil du public',
              'A shop or a place open to the public',
            ),
            option('kitchen', 'Une cuisine professionnelle', 'A professional kitchen'),
            option('shared', 'Un espace partagé (tiers-lieu)', 'A shared space (third place)', {
              partnerships: 1,
            }),
            option('land', 'Du foncier agricole', 'Farmland'),
          ],
          { condition: { question: 'premises_situation', equals: ['too_small', 'searching'] } },
        ),
        multiple(
          'networks',
          text('De quels réseaux êtes-vous membre ?', 'Which networks are you a member of?'),
          [
            option(
              'ess_network',
              'Un réseau de l’ESS (CRESS, fédération…)',
              'An SSE network (CRESS, federation…)',
            ),
            option('sector_network', 'Un réseau de votre secteur', 'A network of your sector'),
            option(
              'local_cluster',
              'Un pôle territorial de coopération (PTCE)',
              'A local cooperation cluster',
            ),
            option('none', 'Aucun', 'None', { partnerships: 3 }),
          ],
        ),
        scale(
          'partnership_wish',
          text(
            'Souhaitez-vous coopérer davantage avec d’autres structures du territoire ?',
            'Do you wish to cooperate more with other organisations of the territory?',
          ),
          { partnerships: 4 },
          { help: SCALE_HELP },
        ),
      ],
    },
    {
      key: 'impact_digital',
      title: text('Impact et numérique', 'Impact and digital'),
      questions: [
        single(
          'impact_measured',
          text(
            'Mesurez-vous l’impact social ou environnemental de votre activité ?',
            'Do you measure the social or environmental impact of your activity?',
          ),
          [
            option('indicators', 'Oui, avec des indicateurs suivis', 'Yes, with tracked indicators'),
            option('informally', 'De façon informelle', 'Informally', { impact: 2 }),
            option('not_at_all', 'Pas du tout', 'Not at all', { impact: 4 }),
          ],
        ),
        yesNo(
          'impact_reporting',
          text(
            'Des financeurs vous demandent-ils de rendre compte de votre impact ?',
            'Do funders ask you to report on your impact?',
          ),
          { impact: 2 },
          {},
        ),
        multiple(
          'digital_tools',
          text('Quels outils numériques utilisez-vous ?', 'Which digital tools do you use?'),
          [
            option('website', 'Un site internet', 'A website'),
            option('online_sales', 'La vente ou la réservation en ligne', 'Online sales or booking'),
            option(
              'accounting',
              'Un logiciel de gestion ou de comptabilité',
              'Management or accounting software',
            ),
            option('social_media', 'Les réseaux sociaux', 'Social media'),
            option('none', 'Aucun', 'None', { digital: 4 }),
          ],
        ),
        confidence(
          'digital_confidence',
          text(
            'L’équipe est-elle à l’aise avec les outils numériques ?',
            'Is the team at ease with digital tools?',
          ),
          { digital: 4 },
          { help: SCALE_HELP },
        ),
        freeText(
          'expectations',
          text(
            'Qu’attendez-vous en priorité d’un accompagnement ?',
            'What do you expect first from support?',
          ),
          { help: text('Facultatif : quelques mots suffisent.', 'Optional: a few words are enough.') },
        ),
      ],
    },
  ],
};

/**
 * The answers of a typical young project (testing its offer, looking for funding and a
 * workshop, about to hire): for tests, demos and the benchmark.
 */
export const TYPICAL_ANSWERS: Answers = {
  project_pitch: 'Une ressourcerie qui collecte, répare et revend des objets du quotidien.',
  activity_status: 'testing',
  main_challenge: 'finance',
  model_confidence: 3,
  has_business_plan: true,
  business_plan_recent: false,
  legal_status_fit: 'suits',
  governance_confidence: 4,
  decision_makers: ['founders', 'volunteers'],
  members_count: 12,
  funding_need: '10k_50k',
  funding_uses: ['equipment', 'working_capital'],
  own_funds: 'low',
  has_bank: false,
  finance_confidence: 2,
  knows_public_funding: false,
  team_size: 3,
  hiring_plan: 'within_year',
  hiring_kinds: ['first_job'],
  hr_confidence: 2,
  relies_on_volunteers: true,
  customers_known: 'identified',
  sales_confidence: 3,
  premises_situation: 'searching',
  premises_kinds: ['workshop'],
  networks: ['ess_network'],
  partnership_wish: 4,
  impact_measured: 'informally',
  impact_reporting: false,
  digital_tools: ['website', 'social_media'],
  digital_confidence: 4,
  expectations: 'Boucler le plan de financement et trouver un atelier.',
};

/** Publishes the default questionnaire as a territory's version 1, and starts its draft from it. */
export async function publishDefaultQuestionnaire(
  manager: EntityManager,
  territoryId: string,
): Promise<void> {
  await manager.insert(QuestionnaireVersion, { territoryId, number: 1, definition: DEFAULT_QUESTIONNAIRE });
  await manager.insert(QuestionnaireDraft, { territoryId, definition: DEFAULT_QUESTIONNAIRE });
}

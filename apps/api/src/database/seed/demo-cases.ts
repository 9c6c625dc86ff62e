import {
  type CaseStage,
  type ClosureOutcome,
  computeNeedProfile,
  formatCaseReference,
  type LegalForm,
  type MatchableOffer,
  type OrientationStatus,
  type ProjectStage,
  rankOffers,
  type Sector,
  type WorkingStage,
} from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { CaseEvent, type CaseEventVisibility } from '../../cases/case-event.entity';
import { CaseFile } from '../../cases/case-file.entity';
import { CaseFollower } from '../../cases/case-follower.entity';
import { CaseMessage } from '../../cases/case-message.entity';
import { CaseNote } from '../../cases/case-note.entity';
import { CaseTask } from '../../cases/case-task.entity';
import { Orientation } from '../../cases/orientation.entity';
import { Diagnostic } from '../../diagnostics/diagnostic.entity';
import { Offer } from '../../directory/offer.entity';
import { ProjectMember } from '../../projects/project-member.entity';
import { Project } from '../../projects/project.entity';
import { QuestionnaireVersion } from '../../questionnaires/questionnaire-version.entity';
import { Commune } from '../../territories/commune.entity';
import type { Organisation } from '../../territories/organisation.entity';
import type { Territory } from '../../territories/territory.entity';
import { User } from '../../users/user.entity';
import { DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS } from './default-questionnaire';

// The demo's cases, so that the queue, the case list and the alerts show something: the demo
// holder's case waits in the queue for the demo advisor to take it; 25 cases of other holders
// (who have no password: they cannot log in) sit at every stage, some with the demo advisor, some
// with tasks due or overdue, notes, messages, one accepted by the demo partner. Every name is
// invented. Rows are written as the app writes them: references from the territory's counter,
// the timeline's kinds, visibility and payloads, versions counting the case's own writes.

/** Who does something on a case: the demo advisor, an operator colleague, the partner's advisor. */
type Staff = 'advisor' | 'colleague' | 'partner';

interface DemoCase {
  /** Absent: the demo holder's own case. */
  holder?: [firstName: string, lastName: string];
  project: {
    name: string;
    summary: string;
    legalForm: LegalForm;
    sector: Sector;
    stage: ProjectStage;
    commune: string;
  };
  submittedDaysAgo: number;
  lead?: Staff;
  follower?: Staff;
  priority?: 'high';
  /** Stages after submission, and when (days after it). */
  moves?: [to: CaseStage, afterDays: number][];
  closure?: ClosureOutcome;
  orientation?: { status: OrientationStatus; afterDays: number };
  notes?: [by: Staff, visibility: CaseEventVisibility, body: string, afterDays: number][];
  /** Due in that many days from today (negative: overdue); done tasks are done. */
  tasks?: [title: string, dueInDays: number, done?: 'done'][];
  /** From the holder, or from the lead; days after submission. */
  messages?: [from: 'holder' | 'lead', body: string, afterDays: number][];
}

const COLLEAGUE = {
  email: 'sophie.lambert@demo.essaim.test',
  firstName: 'Sophie',
  lastName: 'Lambert',
};
const HOLDER_DOMAIN = 'porteurs.demo.essaim.test';
const DECLINE_REASON = 'Nous n’accompagnons pas ce type d’activité.';

const project = (
  name: string,
  commune: string,
  legalForm: LegalForm,
  sector: Sector,
  stage: ProjectStage,
  summary: string,
): DemoCase['project'] => ({ name, commune, legalForm, sector, stage, summary });

export const DEMO_CASES: readonly DemoCase[] = [
  {
    project: project(
      'La Ressourcerie du Port',
      '44184',
      'association',
      'circular_economy',
      'creation',
      'Collecter, réparer et revendre les objets du quotidien près du port de Saint-Nazaire.',
    ),
    submittedDaysAgo: 1,
  },
  {
    // The demo holder's second project, ready for the funders: the demo advisor leads it.
    project: project(
      'Le Fournil des Salorges',
      '44109',
      'scop',
      'food',
      'creation',
      'Une boulangerie coopérative au levain, avec des farines de paysans de Loire-Atlantique.',
    ),
    // Every demo case its own day: references follow the submissions.
    submittedDaysAgo: 58,
    lead: 'advisor',
    moves: [
      ['orientation', 2],
      ['accompaniment', 10],
      ['funding', 45],
    ],
    notes: [
      [
        'advisor',
        'shared',
        'Votre plan de financement est prêt : nous pouvons solliciter les financeurs.',
        45,
      ],
    ],
  },
  {
    holder: ['Nadia', 'Haddad'],
    project: project(
      'Épicerie solidaire des Dervallières',
      '44109',
      'association',
      'food',
      'creation',
      'Une épicerie à prix solidaires tenue par les habitants du quartier.',
    ),
    submittedDaysAgo: 8,
  },
  {
    holder: ['Thomas', 'Lefèvre'],
    project: project(
      'Atelier vélo de Rezé',
      '44143',
      'unregistered',
      'mobility',
      'idea',
      'Apprendre à réparer son vélo, récupérer et remettre en état des vélos abandonnés.',
    ),
    submittedDaysAgo: 3,
  },
  {
    holder: ['Claire', 'Fontaine'],
    project: project(
      'Café-librairie L’Escale',
      '49007',
      'scic',
      'culture',
      'feasibility',
      'Un café-librairie coopératif avec rencontres d’auteurs et ateliers d’écriture.',
    ),
    submittedDaysAgo: 0.3,
    priority: 'high',
  },
  {
    holder: ['Mehdi', 'Benali'],
    project: project(
      'Ferme maraîchère du Bocage',
      '53130',
      'scop',
      'agriculture',
      'creation',
      'Maraîchage biologique et paniers livrés aux cantines de Laval.',
    ),
    submittedDaysAgo: 12,
    lead: 'advisor',
    moves: [['orientation', 2]],
    tasks: [['Envoyer la liste des financeurs agricoles', 3]],
    notes: [['advisor', 'internal', 'Premier appel : terrain trouvé, **besoin de fonds propres**.', 2]],
  },
  {
    holder: ['Julie', 'Moreau'],
    project: project(
      'Tiers-lieu La Grange',
      '72181',
      'association',
      'culture',
      'creation',
      'Une grange réhabilitée en tiers-lieu : atelier partagé, café, salle de spectacle.',
    ),
    submittedDaysAgo: 20,
    lead: 'advisor',
    moves: [['orientation', 3]],
    tasks: [['Relire le budget prévisionnel', -2]],
    messages: [
      ['holder', 'Bonjour, je vous envoie le budget prévisionnel dès qu’il est prêt.', 4],
      ['lead', 'Merci ! Je le relis dès réception et je vous rappelle.', 5],
    ],
  },
  {
    holder: ['Lucas', 'Girard'],
    project: project(
      'Coopérative d’habitants Les Lilas',
      '85191',
      'scic',
      'housing',
      'feasibility',
      'Douze logements partagés et une salle commune pour des familles et des aînés.',
    ),
    submittedDaysAgo: 60,
    lead: 'advisor',
    moves: [
      ['orientation', 2],
      ['accompaniment', 15],
    ],
    notes: [
      ['advisor', 'shared', 'Compte rendu du rendez-vous : prochaine étape, les statuts de la SCIC.', 16],
      ['advisor', 'internal', 'Le foncier est promis par la mairie, à confirmer par écrit.', 30],
    ],
    tasks: [
      ['Envoyer le compte rendu du premier rendez-vous', -40, 'done'],
      ['Demander les statuts signés', -5],
      ['Préparer le comité d’engagement', 10],
    ],
    messages: [
      ['holder', 'Voici le projet de statuts, qu’en pensez-vous ?', 40],
      ['lead', 'Les statuts sont clairs ; deux points à revoir, je vous appelle demain.', 42],
    ],
  },
  {
    holder: ['Aurélie', 'Roussel'],
    project: project(
      'Recyclerie du Val',
      '49099',
      'association',
      'circular_economy',
      'development',
      'Une recyclerie qui embauche en insertion et ouvre une deuxième boutique.',
    ),
    submittedDaysAgo: 45,
    lead: 'advisor',
    moves: [
      ['orientation', 1],
      ['accompaniment', 12],
    ],
    orientation: { status: 'accepted', afterDays: 6 },
    notes: [
      [
        'partner',
        'internal',
        'Premier rendez-vous chez Coop’Accompagne Loire : modèle économique solide, à structurer.',
        15,
      ],
    ],
    tasks: [['Faire le point à trois mois', 20]],
    messages: [['holder', 'Merci pour la mise en relation avec Coop’Accompagne Loire !', 8]],
  },
  {
    holder: ['Antoine', 'Mercier'],
    project: project(
      'Brasserie coopérative de l’Estuaire',
      '44184',
      'scop',
      'food',
      'creation',
      'Une brasserie artisanale en SCOP, bières locales et consigne des bouteilles.',
    ),
    submittedDaysAgo: 90,
    lead: 'colleague',
    moves: [
      ['orientation', 4],
      ['accompaniment', 20],
    ],
    tasks: [['Organiser la visite du local', -1]],
  },
  {
    holder: ['Inès', 'Garnier'],
    project: project(
      'Garage solidaire de Mayenne',
      '53147',
      'association',
      'mobility',
      'development',
      'Réparations à prix solidaires et location de voitures pour aller travailler.',
    ),
    submittedDaysAgo: 150,
    lead: 'colleague',
    moves: [
      ['orientation', 3],
      ['accompaniment', 25],
      ['funding', 100],
    ],
  },
  {
    holder: ['Camille', 'Roche'],
    project: project(
      'Crèche parentale Les Petits Pas',
      '49328',
      'association',
      'social_care',
      'creation',
      'Une crèche parentale de seize places gérée par les familles.',
    ),
    submittedDaysAgo: 120,
    lead: 'advisor',
    follower: 'colleague',
    moves: [
      ['orientation', 2],
      ['accompaniment', 20],
      ['funding', 80],
    ],
    notes: [['colleague', 'internal', 'La CAF finance une partie des places : dossier déposé.', 85]],
    tasks: [['Relancer la CAF', 4]],
  },
  {
    holder: ['Hugo', 'Perrin'],
    project: project(
      'Cantine solidaire du Marché',
      '44109',
      'association',
      'food',
      'feasibility',
      'Des repas à prix libre cuisinés avec les invendus du marché.',
    ),
    submittedDaysAgo: 75,
    lead: 'advisor',
    moves: [
      ['orientation', 3],
      ['on_hold', 30],
    ],
  },
  {
    holder: ['Léo', 'Chevalier'],
    project: project(
      'Fablab du Mans',
      '72181',
      'association',
      'digital',
      'development',
      'Un atelier de fabrication numérique ouvert aux écoles et aux artisans.',
    ),
    submittedDaysAgo: 300,
    lead: 'colleague',
    moves: [
      ['orientation', 5],
      ['accompaniment', 30],
      ['funding', 120],
      ['closed', 200],
    ],
    closure: 'funded',
  },
  {
    holder: ['Sarah', 'Dumont'],
    project: project(
      'Jardin partagé des Sables',
      '85194',
      'unregistered',
      'environment',
      'idea',
      'Un jardin partagé et une grainothèque au cœur de la ville.',
    ),
    submittedDaysAgo: 200,
    lead: 'advisor',
    moves: [
      ['orientation', 4],
      ['closed', 60],
    ],
    closure: 'abandoned',
  },
  {
    holder: ['Paul', 'Blanchard'],
    project: project(
      'Conserverie de Cholet',
      '49099',
      'scic',
      'food',
      'creation',
      'Transformer les surplus des maraîchers en conserves vendues localement.',
    ),
    submittedDaysAgo: 10,
    lead: 'advisor',
    moves: [['orientation', 2]],
    orientation: { status: 'proposed', afterDays: 6 },
  },
  {
    holder: ['Emma', 'Legrand'],
    project: project(
      'Friperie Le Second Souffle',
      '44190',
      'association',
      'circular_economy',
      'creation',
      'Une friperie et un atelier de couture pour des personnes en insertion.',
    ),
    submittedDaysAgo: 70,
    lead: 'advisor',
    moves: [['orientation', 3]],
    notes: [['advisor', 'internal', 'En attente d’un retour de la porteuse depuis le rendez-vous.', 25]],
  },
  {
    holder: ['Yasmine', 'Traoré'],
    project: project(
      'Menuiserie d’insertion du Maine',
      '72264',
      'esus_company',
      'employment_inclusion',
      'development',
      'Menuiserie qui forme et embauche des personnes éloignées de l’emploi.',
    ),
    submittedDaysAgo: 100,
    lead: 'partner',
    moves: [
      ['orientation', 2],
      ['accompaniment', 15],
    ],
    orientation: { status: 'accepted', afterDays: 8 },
    tasks: [['Préparer le plan de formation', 6]],
  },
  {
    holder: ['Baptiste', 'Renard'],
    project: project(
      'Centrale villageoise du Layon',
      '49007',
      'scic',
      'energy',
      'feasibility',
      'Des panneaux solaires sur les toits du village, financés par les habitants.',
    ),
    submittedDaysAgo: 40,
    lead: 'colleague',
    moves: [['orientation', 6]],
    priority: 'high',
  },
  {
    holder: ['Manon', 'Vidal'],
    project: project(
      'Accorderie de Laval',
      '53130',
      'association',
      'social_care',
      'idea',
      'Échanger des services entre habitants, une heure donnée contre une heure reçue.',
    ),
    submittedDaysAgo: 6,
  },
  {
    holder: ['Olivier', 'Caron'],
    project: project(
      'Librairie coopérative Vent d’Ouest',
      '85092',
      'scop',
      'culture',
      'takeover',
      'Les salariés reprennent leur librairie en SCOP au départ du fondateur.',
    ),
    submittedDaysAgo: 35,
    lead: 'advisor',
    moves: [
      ['orientation', 1],
      ['funding', 20],
    ],
    tasks: [['Monter le dossier de prêt d’honneur', -3]],
    messages: [['holder', 'La banque demande le prévisionnel sur trois ans : pouvez-vous nous aider ?', 25]],
  },
  {
    holder: ['Chloé', 'Martinez'],
    project: project(
      'Habitat inclusif Les Hortensias',
      '44109',
      'association',
      'housing',
      'feasibility',
      'Une colocation accompagnée pour des jeunes adultes en situation de handicap.',
    ),
    submittedDaysAgo: 50,
    lead: 'colleague',
    moves: [
      ['orientation', 2],
      ['accompaniment', 18],
    ],
  },
  {
    holder: ['Gabriel', 'Dufour'],
    project: project(
      'Repair café de Saumur',
      '49328',
      'unregistered',
      'circular_economy',
      'idea',
      'Un rendez-vous mensuel pour réparer ensemble plutôt que jeter.',
    ),
    submittedDaysAgo: 4,
    lead: 'advisor',
  },
  {
    holder: ['Louise', 'Marchand'],
    project: project(
      'Mobilité partagée du Bocage',
      '53147',
      'scic',
      'mobility',
      'creation',
      'Covoiturage et autopartage pour les villages sans transport en commun.',
    ),
    submittedDaysAgo: 180,
    lead: 'advisor',
    moves: [
      ['orientation', 3],
      ['accompaniment', 20],
      ['closed', 150],
    ],
    orientation: { status: 'completed', afterDays: 10 },
    closure: 'completed',
  },
  {
    holder: ['Nicolas', 'Gauthier'],
    project: project(
      'Boulangerie coopérative du Pont',
      '44143',
      'scop',
      'food',
      'creation',
      'Une boulangerie au levain, farines locales, gérée par ses boulangers.',
    ),
    submittedDaysAgo: 25,
    lead: 'advisor',
    moves: [['orientation', 2]],
    orientation: { status: 'declined', afterDays: 5 },
    notes: [['advisor', 'internal', 'Coop’Accompagne Loire ne suit pas les boulangeries : autre piste.', 8]],
  },
  {
    holder: ['Karima', 'Diallo'],
    project: project(
      'Sport pour toutes',
      '44109',
      'association',
      'sport_leisure',
      'development',
      'Des séances sportives gratuites pour les femmes des quartiers, encadrées par des bénévoles formées.',
    ),
    submittedDaysAgo: 55,
    lead: 'advisor',
    moves: [
      ['orientation', 2],
      ['accompaniment', 14],
    ],
    messages: [
      ['lead', 'Bonjour, avez-vous pu avancer sur la demande à la fondation ?', 40],
      ['holder', 'Oui, le dossier est parti hier. Merci pour la relecture !', 41],
    ],
    tasks: [['Relire la demande à la fondation', -10, 'done']],
  },
  {
    holder: ['Zoé', 'Colin'],
    project: project(
      'Théâtre itinérant La Roulotte',
      '85191',
      'association',
      'culture',
      'development',
      'Une compagnie qui joue dans les villages et forme des comédiens amateurs.',
    ),
    submittedDaysAgo: 15,
  },
];

interface People {
  advisor: User;
  colleague: User;
  partner: User;
  holder: User;
}

/** Seeds DEMO_CASES into the demo territory, in the caller's transaction. */
export async function seedDemoCases(
  manager: EntityManager,
  territory: Territory,
  partnerOrganisation: Organisation,
): Promise<number> {
  const people = await demoPeople(manager, territory);
  const version = await manager.findOneByOrFail(QuestionnaireVersion, { territoryId: territory.id });
  const offers = await manager.find(Offer, {
    where: { territoryId: territory.id, published: true },
    relations: { organisation: true },
    order: { name: 'ASC' },
  });
  const partnerOffer = offers.find(
    (offer) => offer.organisationId === partnerOrganisation.id && offer.kind === 'accompaniment',
  );
  if (!partnerOffer) throw new Error('The demo partner has no accompaniment offer to orient cases to.');
  const needProfile = computeNeedProfile(DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS);
  const matchable = offers.map(matchableOffer);
  const now = Date.now();
  // Oldest first, so that references follow the submissions as the counter gives them.
  const ordered = [...DEMO_CASES].sort((a, b) => b.submittedDaysAgo - a.submittedDaysAgo);
  for (const demo of ordered) {
    const writer = new CaseWriter(manager, territory, people, new Date(now - demo.submittedDaysAgo * DAY));
    await writer.open(demo, version.id, needProfile, matchable);
    await writer.work(demo, partnerOrganisation, partnerOffer);
  }
  return ordered.length;
}

const DAY = 86_400_000;

type EventPayload = Record<string, string | string[]>;

async function demoPeople(manager: EntityManager, territory: Territory): Promise<People> {
  const byEmail = (email: string) => manager.findOneByOrFail(User, { email });
  const advisor = await byEmail('conseil@demo.essaim.test');
  await manager.insert(User, {
    ...COLLEAGUE,
    role: 'advisor',
    territoryId: territory.id,
    organisationId: advisor.organisationId,
    status: 'active',
    termsAcceptedAt: new Date(),
    emailConfirmedAt: new Date(),
  });
  return {
    advisor,
    colleague: await byEmail(COLLEAGUE.email),
    partner: await byEmail('partenaire@demo.essaim.test'),
    holder: await byEmail('porteur@demo.essaim.test'),
  };
}

function matchableOffer(offer: Offer): MatchableOffer {
  return {
    id: offer.id,
    name: offer.name,
    needCategories: offer.needCategories,
    stages: offer.stages,
    legalForms: offer.legalForms,
    communes: offer.organisation?.communes ?? [],
    departements: offer.organisation?.departements ?? [],
  };
}

/** Writes one case and its history, each row at its time. */
class CaseWriter {
  private caseFile!: CaseFile;
  private holder!: User;
  private stage: CaseStage = 'submitted';
  private stageEnteredAt: Partial<Record<CaseStage, string>> = {};
  private lead: User | null = null;
  private writes = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly territory: Territory,
    private readonly people: People,
    private readonly submittedAt: Date,
  ) {}

  /** The holder, the project and its submitted diagnostic, the case and its `submitted` event. */
  async open(
    demo: DemoCase,
    questionnaireVersionId: string,
    needProfile: ReturnType<typeof computeNeedProfile>,
    offers: MatchableOffer[],
  ): Promise<void> {
    const before = this.at(-2);
    this.holder = demo.holder ? await this.newHolder(demo.holder, before) : this.people.holder;
    const commune = await this.manager.findOneByOrFail(Commune, { code: demo.project.commune });
    const { commune: _code, ...details } = demo.project;
    const project = await this.manager.save(
      this.manager.create(Project, {
        ...details,
        territoryId: this.territory.id,
        communeCode: commune.code,
        jobsNow: 2,
        jobsPlanned: 5,
        fundingNeedCents: 3_000_000,
        createdAt: before,
      }),
    );
    await this.manager.insert(ProjectMember, {
      projectId: project.id,
      userId: this.holder.id,
      role: 'owner',
      createdAt: before,
    });
    const matches = rankOffers(
      needProfile,
      {
        stage: details.stage,
        legalForm: details.legalForm,
        communeCode: commune.code,
        departementCode: commune.departementCode,
      },
      offers,
    );
    const diagnostic = await this.manager.save(
      this.manager.create(Diagnostic, {
        territoryId: this.territory.id,
        projectId: project.id,
        questionnaireVersionId,
        answers: TYPICAL_ANSWERS,
        status: 'submitted',
        startedById: this.holder.id,
        submittedAt: this.submittedAt,
        needProfile,
        matches,
        createdAt: before,
      }),
    );
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(this.submittedAt),
    );
    const [counter] = await this.manager.query<[{ last_value: number }]>(
      `INSERT INTO case_counter (territory_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (territory_id, year) DO UPDATE SET last_value = case_counter.last_value + 1
       RETURNING last_value`,
      [this.territory.id, year],
    );
    this.stageEnteredAt = { submitted: this.submittedAt.toISOString() };
    this.caseFile = await this.manager.save(
      this.manager.create(CaseFile, {
        territoryId: this.territory.id,
        reference: formatCaseReference(this.territory.code, year, counter.last_value),
        projectId: project.id,
        diagnosticId: diagnostic.id,
        stage: 'submitted',
        stageEnteredAt: this.stageEnteredAt,
        submittedAt: this.submittedAt,
        // The timeline's trigger moves it forward as the (past) events are written.
        lastEventAt: this.submittedAt,
        createdAt: this.submittedAt,
      }),
    );
    await this.event('submitted', 'shared', this.holder, 0, {
      diagnosticId: diagnostic.id,
      reference: this.caseFile.reference,
    });
  }

  /** Assignment, moves, orientation, notes, tasks, messages, priority: the case's life since. */
  async work(demo: DemoCase, partnerOrganisation: Organisation, partnerOffer: Offer): Promise<void> {
    const moves = demo.moves ?? [];
    const lead = demo.lead ? this.people[demo.lead] : null;
    const firstMove = moves[0]?.[1] ?? demo.submittedDaysAgo / 2;
    // The demo advisor takes cases himself; others' cases are given to them by him.
    if (lead && lead !== this.people.advisor) {
      const givenAt =
        demo.orientation && demo.lead === 'partner' ? demo.orientation.afterDays + 1 : firstMove - 0.1;
      await this.assign(lead, givenAt, demo.follower ? [this.people[demo.follower]] : []);
    } else if (lead && moves.length === 0) {
      await this.assign(lead, firstMove, []);
    }
    if (demo.follower && lead === this.people.advisor) {
      await this.manager.insert(CaseFollower, {
        caseId: this.caseFile.id,
        userId: this.people[demo.follower].id,
        createdAt: this.at(firstMove),
      });
    }
    for (const [to, afterDays] of moves) await this.move(to, afterDays, demo, lead);
    if (demo.orientation) await this.orient(demo.orientation, partnerOrganisation, partnerOffer);
    if (demo.priority) {
      this.writes += 1;
      await this.event('priority_changed', 'internal', this.people.advisor, 0.05, {
        from: 'normal',
        to: 'high',
      });
    }
    for (const [by, visibility, body, afterDays] of demo.notes ?? []) {
      const note = await this.manager.save(
        this.manager.create(CaseNote, {
          caseId: this.caseFile.id,
          authorId: this.people[by].id,
          visibility,
          body,
          createdAt: this.at(afterDays),
          updatedAt: this.at(afterDays),
        }),
      );
      await this.event('note_added', visibility, this.people[by], afterDays, { noteId: note.id });
    }
    for (const [title, dueInDays, done] of demo.tasks ?? [])
      await this.task(title, dueInDays, done === 'done');
    for (const [from, body, afterDays] of demo.messages ?? []) {
      const author = from === 'holder' ? this.holder : (this.lead ?? this.people.advisor);
      const message = await this.manager.save(
        this.manager.create(CaseMessage, {
          caseId: this.caseFile.id,
          authorId: author.id,
          body,
          createdAt: this.at(afterDays),
        }),
      );
      await this.event('message_posted', 'shared', author, afterDays, { messageId: message.id });
    }
    await this.manager.update(CaseFile, this.caseFile.id, {
      stage: this.stage,
      stageEnteredAt: this.stageEnteredAt,
      leadAdvisorId: this.lead?.id ?? null,
      leftStage: ['on_hold', 'closed'].includes(this.stage) ? this.leftStage(moves) : null,
      closureOutcome: demo.closure ?? null,
      priority: demo.priority ?? 'normal',
      version: 1 + this.writes,
    });
  }

  private async newHolder([firstName, lastName]: [string, string], at: Date): Promise<User> {
    const slug = `${firstName}.${lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return this.manager.save(
      this.manager.create(User, {
        email: `${slug}@${HOLDER_DOMAIN}`,
        firstName,
        lastName,
        role: 'holder',
        territoryId: this.territory.id,
        status: 'active',
        termsAcceptedAt: at,
        emailConfirmedAt: at,
        createdAt: at,
      }),
    );
  }

  private async assign(lead: User, afterDays: number, followers: User[]): Promise<void> {
    this.writes += 1;
    this.lead = lead;
    if (followers.length > 0) {
      await this.manager.insert(
        CaseFollower,
        followers.map((follower) => ({
          caseId: this.caseFile.id,
          userId: follower.id,
          createdAt: this.at(afterDays),
        })),
      );
    }
    await this.event('assigned', 'internal', this.people.advisor, afterDays, {
      leadAdvisorId: lead.id,
      followerIds: followers.map((follower) => follower.id),
    });
  }

  private async move(to: CaseStage, afterDays: number, demo: DemoCase, lead: User | null): Promise<void> {
    const from = this.stage;
    const kind =
      from === 'submitted' ? 'take' : to === 'on_hold' ? 'hold' : to === 'closed' ? 'close' : 'advance';
    // A partner may not take a submitted case: the demo advisor takes it, then gives it.
    const actor = (kind === 'take' && lead === this.people.partner ? null : lead) ?? this.people.advisor;
    if (kind === 'take') this.lead ??= actor;
    this.writes += 1;
    this.stage = to;
    this.stageEnteredAt = { ...this.stageEnteredAt, [to]: this.at(afterDays).toISOString() };
    await this.event('stage_changed', 'shared', actor, afterDays, {
      from,
      to,
      move: kind,
      ...(kind === 'hold' ? { reason: 'Le porteur cherche un local avant de continuer.' } : {}),
      ...(kind === 'close' && demo.closure
        ? { reason: 'Accompagnement terminé.', outcome: demo.closure }
        : {}),
    });
  }

  private leftStage(moves: [CaseStage, number][]): WorkingStage {
    const working = moves
      .map(([stage]) => stage)
      .filter((stage) => stage !== 'on_hold' && stage !== 'closed');
    return working.at(-1) ?? 'submitted';
  }

  private async orient(
    { status, afterDays }: NonNullable<DemoCase['orientation']>,
    organisation: Organisation,
    offer: Offer,
  ): Promise<void> {
    const answered = status !== 'proposed';
    const orientation = await this.manager.save(
      this.manager.create(Orientation, {
        caseId: this.caseFile.id,
        territoryId: this.territory.id,
        organisationId: organisation.id,
        offerId: offer.id,
        message:
          'Votre projet correspond à leur accompagnement à la création : je vous propose de les rencontrer.',
        status,
        declineReason: status === 'declined' ? DECLINE_REASON : null,
        proposedById: this.people.advisor.id,
        answeredById: answered ? this.people.partner.id : null,
        answeredAt: answered ? this.at(afterDays + 1) : null,
        completedAt: status === 'completed' ? this.at(afterDays + 60) : null,
        version: status === 'proposed' ? 1 : status === 'completed' ? 3 : 2,
        createdAt: this.at(afterDays),
      }),
    );
    const payload = {
      orientationId: orientation.id,
      organisationName: organisation.name,
      offerName: offer.name,
    };
    await this.event('orientation_proposed', 'shared', this.people.advisor, afterDays, payload);
    if (status === 'declined') {
      await this.event('orientation_declined', 'shared', this.people.partner, afterDays + 1, {
        ...payload,
        reason: DECLINE_REASON,
      });
    } else if (answered) {
      await this.event('orientation_accepted', 'shared', this.people.partner, afterDays + 1, payload);
    }
    if (status === 'completed') {
      await this.event('orientation_completed', 'shared', this.people.partner, afterDays + 60, payload);
    }
  }

  private async task(title: string, dueInDays: number, done: boolean): Promise<void> {
    const assignee = this.lead ?? this.people.advisor;
    // Planned a week before it is due, or yesterday when that is before the case.
    const createdAt = new Date(
      Math.max(Date.now() + (dueInDays - 7) * DAY, this.submittedAt.getTime() + DAY / 2),
    );
    const task = await this.manager.save(
      this.manager.create(CaseTask, {
        caseId: this.caseFile.id,
        title,
        dueDate: new Date(Date.now() + dueInDays * DAY).toISOString().slice(0, 10),
        assigneeId: assignee.id,
        createdById: assignee.id,
        doneAt: done ? new Date(createdAt.getTime() + 2 * DAY) : null,
        doneById: done ? assignee.id : null,
        createdAt,
      }),
    );
    await this.eventAt('task_added', 'internal', assignee, createdAt, { taskId: task.id, title });
    if (task.doneAt)
      await this.eventAt('task_done', 'internal', assignee, task.doneAt, { taskId: task.id, title });
  }

  /** `afterDays` after the submission, never in the future. */
  private at(afterDays: number): Date {
    return new Date(Math.min(this.submittedAt.getTime() + afterDays * DAY, Date.now() - 60_000));
  }

  private event(
    kind: string,
    visibility: CaseEventVisibility,
    actor: User,
    afterDays: number,
    payload: EventPayload,
  ): Promise<void> {
    return this.eventAt(kind, visibility, actor, this.at(afterDays), payload);
  }

  private async eventAt(
    kind: string,
    visibility: CaseEventVisibility,
    actor: User,
    createdAt: Date,
    payload: EventPayload,
  ): Promise<void> {
    await this.manager.insert(CaseEvent, {
      caseId: this.caseFile.id,
      territoryId: this.territory.id,
      kind,
      visibility,
      actorId: actor.id,
      payload,
      createdAt,
    });
  }
}

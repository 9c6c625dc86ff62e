import type {
  FundingInstrument,
  LegalForm,
  NeedCategory,
  OrganisationKind,
  ProjectStage,
  Sector,
} from '@essaim/domain';
import type { EntityManager } from 'typeorm';
import { Offer } from '../../directory/offer.entity';
import { refreshOfferSearchText } from '../../directory/search-text';
import { FundingCriterion } from '../../referrals/funding-criterion.entity';
import { Organisation } from '../../territories/organisation.entity';
import type { Territory } from '../../territories/territory.entity';
import type { DemoOrganisation } from './demo-accounts';

// The demo directory of Pays de la Loire: every organisation, person, address, phone number
// (ARCEP's range for fiction, 02 61 91 xx xx) and web address (.example) is invented.

interface CatalogueOrganisation {
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
  /** Both empty: the whole region. */
  departements?: string[];
  communes?: string[];
}

interface CatalogueOffer {
  organisation: string;
  name: string;
  summary: string;
  needCategories: NeedCategory[];
  stages?: ProjectStage[];
  legalForms?: LegalForm[];
  sectors?: Sector[];
  /** Funding offers only: the instrument and its range in euros. */
  funding?: { instrument: FundingInstrument; euros: [number, number] };
  /** Funding offers only: the grid the funder scores referrals on, in its order. */
  criteria?: { label: string; weight: number; scale: number }[];
  published?: boolean;
}

/** Contacts and descriptions of the three organisations the demo accounts belong to. */
export const DEMO_ACCOUNT_ORGANISATIONS: Record<
  DemoOrganisation,
  Omit<CatalogueOrganisation, 'name' | 'kind'>
> = {
  operator: {
    description:
      "La chambre régionale de l'ESS : premier accueil des porteurs de projet, orientation vers les bons " +
      'accompagnements et financements, animation du réseau régional.',
    website: 'https://cress-pdl.example',
    contactEmail: 'accueil@cress-pdl.example',
    contactPhone: '02 61 91 00 01',
    address: '8 rue de la Coopération, 44000 Nantes',
  },
  partner: {
    description:
      'Coopérative de conseil qui accompagne la création et la consolidation des coopératives et des ' +
      'associations employeuses, de l’idée aux premières années.',
    website: 'https://coop-accompagne-loire.example',
    contactEmail: 'bonjour@coop-accompagne-loire.example',
    contactPhone: '02 61 91 00 02',
    address: '21 quai des Mariniers, 49100 Angers',
  },
  funder: {
    description:
      'Fonds régional de finance solidaire : prêts d’honneur, garanties et prêts participatifs pour ' +
      'les entreprises de l’ESS qui créent des emplois.',
    website: 'https://fonds-solidaire-ouest.example',
    contactEmail: 'financement@fonds-solidaire-ouest.example',
    contactPhone: '02 61 91 00 03',
    address: '3 place des Halles, 72000 Le Mans',
  },
};

/** The other organisations of the directory, by a key the offers refer to. */
export const CATALOGUE_ORGANISATIONS: Record<string, CatalogueOrganisation> = {
  ruche: {
    name: 'Ruche Ligérienne',
    kind: 'support',
    description: "Incubateur régional des projets d'utilité sociale, de l'idée au lancement.",
    website: 'https://ruche-ligerienne.example',
    contactEmail: 'incubation@ruche-ligerienne.example',
    contactPhone: '02 61 91 00 10',
    address: '5 allée des Abeilles, 44200 Nantes',
  },
  boussole: {
    name: 'Atelier Boussole',
    kind: 'support',
    description: 'Juristes et facilitateurs : statuts, gouvernance partagée, transformation en coopérative.',
    website: 'https://atelier-boussole.example',
    contactEmail: 'contact@atelier-boussole.example',
    contactPhone: '02 61 91 00 11',
    address: '14 rue du Cadran, 49000 Angers',
  },
  numericoop: {
    name: 'Octet Solidaire',
    kind: 'support',
    description: 'Coopérative qui outille les structures de l’ESS en numérique libre et responsable.',
    website: 'https://octet-solidaire.example',
    contactEmail: 'salut@octet-solidaire.example',
    contactPhone: '02 61 91 00 12',
    address: '2 impasse des Octets, 72100 Le Mans',
  },
  mesure: {
    name: 'Cairn Évaluation',
    kind: 'support',
    description: "Cabinet associatif d'évaluation de l'impact social et environnemental.",
    website: 'https://cairn-evaluation.example',
    contactEmail: 'impact@cairn-evaluation.example',
    contactPhone: '02 61 91 00 13',
    address: '9 rue des Indicateurs, 44000 Nantes',
  },
  passerelles: {
    name: 'Passerelles Emploi Solidaire',
    kind: 'support',
    description: "Appui aux employeurs de l'ESS : premier recrutement, fonction employeur, insertion.",
    website: 'https://passerelles-emploi.example',
    contactEmail: 'employeurs@passerelles-emploi.example',
    contactPhone: '02 61 91 00 14',
    address: '30 boulevard des Métiers, 53000 Laval',
  },
  comptoir: {
    name: 'Comptoir des Achats Responsables',
    kind: 'support',
    description: 'Met en relation structures de l’ESS et acheteurs publics et privés responsables.',
    website: 'https://comptoir-achats.example',
    contactEmail: 'marches@comptoir-achats.example',
    contactPhone: '02 61 91 00 15',
    address: '11 rue du Négoce, 85000 La Roche-sur-Yon',
  },
  tisserands: {
    name: 'Les Tisserands du Territoire',
    kind: 'support',
    description: 'Réseau qui tisse des coopérations entre associations, entreprises et collectivités.',
    website: 'https://tisserands-territoire.example',
    contactEmail: 'reseau@tisserands-territoire.example',
    contactPhone: '02 61 91 00 16',
    address: '4 place du Métier à tisser, 49300 Cholet',
  },
  horizons: {
    name: 'CAE Horizons Partagés',
    kind: 'support',
    description: "Coopérative d'activité et d'emploi : tester et développer son activité en étant salarié·e.",
    website: 'https://horizons-partages.example',
    contactEmail: 'entreprendre@horizons-partages.example',
    contactPhone: '02 61 91 00 17',
    address: '17 rue des Entrepreneurs, 44400 Rezé',
  },
  marais: {
    name: 'La Fabrique des Tiers-Lieux du Marais',
    kind: 'support',
    description: 'Accompagne la création et l’animation de tiers-lieux ruraux en Vendée.',
    website: 'https://tiers-lieux-marais.example',
    contactEmail: 'fabrique@tiers-lieux-marais.example',
    contactPhone: '02 61 91 00 18',
    address: '1 chemin des Écluses, 85300 Challans',
    departements: ['85'],
  },
  maine: {
    name: 'Maison Coopérative du Maine',
    kind: 'support',
    description: 'Accompagnement de proximité des projets coopératifs et des reprises en Sarthe.',
    website: 'https://maison-coop-maine.example',
    contactEmail: 'accueil@maison-coop-maine.example',
    contactPhone: '02 61 91 00 19',
    address: '6 rue des Sabliers, 72300 Sablé-sur-Sarthe',
    departements: ['72'],
  },
  bocage: {
    name: 'Pépinière du Bocage Mayennais',
    kind: 'support',
    description: 'Pépinière solidaire : bureaux, ateliers et suivi des jeunes structures en Mayenne.',
    website: 'https://pepiniere-bocage.example',
    contactEmail: 'pepiniere@pepiniere-bocage.example',
    contactPhone: '02 61 91 00 20',
    address: '22 route des Haies, 53200 Château-Gontier-sur-Mayenne',
    departements: ['53'],
  },
  quartiers: {
    name: 'Pas-de-Porte Solidaire',
    kind: 'support',
    description: "Entreprendre autrement dans les quartiers de l'agglomération nantaise.",
    website: 'https://pas-de-porte-solidaire.example',
    contactEmail: 'equipe@pas-de-porte-solidaire.example',
    contactPhone: '02 61 91 00 21',
    address: '40 avenue des Tilleuls, 44800 Saint-Herblain',
    communes: ['44109', '44143', '44162', '44114'],
  },
  estuaire: {
    name: 'La Cale Partagée',
    kind: 'support',
    description: 'Tiers-lieu et accompagnement des projets solidaires de la presqu’île et de l’estuaire.',
    website: 'https://cale-partagee.example',
    contactEmail: 'bonjour@cale-partagee.example',
    contactPhone: '02 61 91 00 22',
    address: '3 quai des Marées, 44600 Saint-Nazaire',
    communes: ['44184', '44069', '44131', '44055'],
  },
  anjoulab: {
    name: 'Anjou Coop’Lab',
    kind: 'support',
    description: "Laboratoire d'innovation sociale et d'appui aux SCIC en Maine-et-Loire.",
    website: 'https://anjou-cooplab.example',
    contactEmail: 'lab@anjou-cooplab.example',
    contactPhone: '02 61 91 00 23',
    address: '12 rue des Ardoisiers, 49800 Trélazé',
    departements: ['49'],
  },
  reemploi: {
    name: 'Cycle Ligérien du Réemploi',
    kind: 'support',
    description: 'Structure les recycleries, ateliers de réparation et acteurs du réemploi de la région.',
    website: 'https://cycle-reemploi.example',
    contactEmail: 'filiere@cycle-reemploi.example',
    contactPhone: '02 61 91 00 24',
    address: '8 rue de la Réparation, 49400 Saumur',
  },
  elan: {
    name: 'Fonds Coop’Élan',
    kind: 'funder',
    description: 'Investit en fonds propres et quasi-fonds propres dans les coopératives de la région.',
    website: 'https://fonds-coop-elan.example',
    contactEmail: 'investir@fonds-coop-elan.example',
    contactPhone: '02 61 91 00 30',
    address: '27 cours des Associés, 44000 Nantes',
  },
  caisse: {
    name: 'Caisse Mutuelle des Communs',
    kind: 'funder',
    description: 'Banque coopérative fictive : prêts pour les projets à utilité sociale et environnementale.',
    website: 'https://caisse-des-communs.example',
    contactEmail: 'credit@caisse-des-communs.example',
    contactPhone: '02 61 91 00 31',
    address: '15 boulevard de la Loire, 49000 Angers',
  },
  garantie: {
    name: 'Garantie Solidaire Atlantique',
    kind: 'funder',
    description:
      'Garantit les prêts bancaires des entreprises solidaires pour faciliter leur accès au crédit.',
    website: 'https://garantie-atlantique.example',
    contactEmail: 'garantie@garantie-atlantique.example',
    contactPhone: '02 61 91 00 32',
    address: '6 rue des Armateurs, 44600 Saint-Nazaire',
  },
  ecume: {
    name: 'Fondation Écume',
    kind: 'funder',
    description:
      "Fondation qui soutient par des subventions l'innovation sociale et la transition écologique.",
    website: 'https://fondation-ecume.example',
    contactEmail: 'projets@fondation-ecume.example',
    contactPhone: '02 61 91 00 33',
    address: '2 promenade des Embruns, 85100 Les Sables-d’Olonne',
  },
  transitions: {
    name: 'Fonds Territorial des Transitions',
    kind: 'funder',
    description: 'Avances remboursables à taux zéro pour les projets de transition.',
    website: 'https://fonds-transitions.example',
    contactEmail: 'avances@fonds-transitions.example',
    contactPhone: '02 61 91 00 34',
    address: '19 rue des Tanneurs, 72000 Le Mans',
  },
  preteurs: {
    name: 'Cercle des Prêteurs Solidaires',
    kind: 'funder',
    description: 'Des bénévoles qui accordent des prêts d’honneur et parrainent les créateurs.',
    website: 'https://preteurs-solidaires.example',
    contactEmail: 'cercle@preteurs-solidaires.example',
    contactPhone: '02 61 91 00 35',
    address: '10 rue du Parrainage, 53000 Laval',
  },
  ocean: {
    name: 'Fonds de dotation Océan Partagé',
    kind: 'funder',
    description: 'Soutient les projets solidaires vendéens par des subventions et des prêts d’honneur.',
    website: 'https://ocean-partage.example',
    contactEmail: 'dotation@ocean-partage.example',
    contactPhone: '02 61 91 00 36',
    address: '7 rue des Goélands, 85160 Saint-Jean-de-Monts',
    departements: ['85'],
  },
  epargne: {
    name: "Club d'Épargne Citoyenne Sarthoise",
    kind: 'funder',
    description: 'Des épargnants sarthois qui investissent ensemble au capital des entreprises locales.',
    website: 'https://epargne-sarthoise.example',
    contactEmail: 'club@epargne-sarthoise.example',
    contactPhone: '02 61 91 00 37',
    address: '5 place du Marché, 72200 La Flèche',
    departements: ['72'],
  },
  avance53: {
    name: 'Fonds Mayenne Avance',
    kind: 'funder',
    description: "Finance l'emploi local en Mayenne : avances remboursables et subventions.",
    website: 'https://mayenne-avance.example',
    contactEmail: 'fonds@mayenne-avance.example',
    contactPhone: '02 61 91 00 38',
    address: '3 rue du Viaduc, 53100 Mayenne',
    departements: ['53'],
  },
  sillon: {
    name: 'Coop’Sillon',
    kind: 'both',
    description:
      'Union de coopératives : accompagnement des coopératives et prêts d’honneur aux coopérateurs.',
    website: 'https://coop-sillon.example',
    contactEmail: 'union@coop-sillon.example',
    contactPhone: '02 61 91 00 40',
    address: '25 rue des Sociétaires, 44000 Nantes',
  },
  maison44: {
    name: 'Maison de l’Entrepreneuriat Solidaire 44',
    kind: 'both',
    description: 'Permanences, prêts d’honneur et garanties pour les créateurs de Loire-Atlantique.',
    website: 'https://mes44.example',
    contactEmail: 'permanence@mes44.example',
    contactPhone: '02 61 91 00 41',
    address: '13 rue des Bâtisseurs, 44110 Châteaubriant',
    departements: ['44'],
  },
  champs: {
    name: 'Semis Collectifs',
    kind: 'both',
    description: 'Accompagne et soutient les installations agricoles collectives et les circuits courts.',
    website: 'https://semis-collectifs.example',
    contactEmail: 'terre@semis-collectifs.example',
    contactPhone: '02 61 91 00 42',
    address: 'La Métairie, 53500 Ernée',
    departements: ['53', '49'],
  },
  fabrique49: {
    name: 'Fonds & Fabrique Anjou',
    kind: 'both',
    description: 'Finance et accompagne les tiers-lieux et les lieux partagés en Anjou.',
    website: 'https://fonds-fabrique-anjou.example',
    contactEmail: 'lieux@fonds-fabrique-anjou.example',
    contactPhone: '02 61 91 00 43',
    address: '9 rue du Château, 49400 Saumur',
    communes: ['49007', '49328', '49099', '49353', '49331'],
  },
};

const CREATION: ProjectStage[] = ['idea', 'feasibility', 'creation'];
const GROWTH: ProjectStage[] = ['development', 'consolidation', 'scale_up'];
const COOPERATIVES: LegalForm[] = ['scop', 'scic'];

function support(
  organisation: string,
  name: string,
  summary: string,
  needCategories: NeedCategory[],
  more: Partial<CatalogueOffer> = {},
): CatalogueOffer {
  return { organisation, name, summary, needCategories, ...more };
}

function funding(
  organisation: string,
  instrument: FundingInstrument,
  euros: [number, number],
  name: string,
  summary: string,
  needCategories: NeedCategory[],
  more: Partial<CatalogueOffer> = {},
): CatalogueOffer {
  return { organisation, name, summary, needCategories, funding: { instrument, euros }, ...more };
}

/** The offers (dispositifs), by organisation key; `operator`, `partner`, `funder` are the demo accounts'. */
export const CATALOGUE_OFFERS: CatalogueOffer[] = [
  // CRESS Pays de la Loire
  support(
    'operator',
    'Premier accueil et orientation ESS',
    'Un rendez-vous pour présenter votre projet et être orienté vers les accompagnements et financements adaptés.',
    ['business_model', 'partnerships', 'legal_structure'],
    { stages: CREATION },
  ),
  support(
    'operator',
    'Parcours Émergence ESS',
    "Six ateliers collectifs pour passer de l'idée à un projet d'utilité sociale structuré.",
    ['business_model', 'governance', 'impact'],
    { stages: ['idea', 'feasibility'], legalForms: ['unregistered', 'association'] },
  ),
  support(
    'operator',
    'Reprise d’entreprise en coopérative',
    'Informer et accompagner les salariés qui reprennent leur entreprise sous forme de SCOP ou de SCIC.',
    ['legal_structure', 'governance', 'funding'],
    { stages: ['takeover'], legalForms: ['scop', 'scic', 'other'] },
  ),
  support(
    'operator',
    "Atelier mesure d'impact social",
    "Une journée pour choisir ses indicateurs d'impact et les suivre sans y passer ses semaines.",
    ['impact'],
    { stages: ['development', 'consolidation'] },
  ),
  support(
    'operator',
    'Accompagnement à l’agrément ESUS',
    "Vérifier l'éligibilité, préparer le dossier d'agrément « entreprise solidaire d'utilité sociale ».",
    ['legal_structure'],
    { stages: ['creation', 'development'], legalForms: ['esus_company', 'other'] },
  ),
  support(
    'operator',
    'Amorçage ESS 2024 (clos)',
    'Ancien appel à projets, gardé pour l’historique des dossiers.',
    ['funding'],
    { published: false },
  ),
  // Coop’Accompagne Loire
  support(
    'partner',
    'Créer sa coopérative (SCOP, SCIC)',
    'Étude de faisabilité, statuts, pacte coopératif et plan de financement, avec un consultant dédié.',
    ['legal_structure', 'governance', 'business_model'],
    { stages: ['feasibility', 'creation'], legalForms: ['unregistered', 'scop', 'scic'] },
  ),
  support(
    'partner',
    'Consolider son association employeuse',
    'Diagnostic partagé puis plan d’action : modèle économique, fonction employeur, gouvernance.',
    ['employment_hr', 'business_model', 'governance'],
    { stages: ['development', 'consolidation'], legalForms: ['association'] },
  ),
  support(
    'partner',
    'Diagnostic du modèle économique',
    'Analyse des ressources, des coûts et des marchés pour retrouver un équilibre durable.',
    ['business_model', 'market_sales'],
    { stages: ['development', 'consolidation'] },
  ),
  // Fonds Solidaire de l’Ouest
  funding(
    'funder',
    'honour_loan',
    [2_000, 15_000],
    'Prêt d’honneur Création Solidaire',
    "Prêt d'honneur à taux zéro, sans garantie personnelle, pour renforcer les fonds propres du créateur.",
    ['funding'],
    {
      stages: ['creation', 'development'],
      legalForms: ['unregistered', 'association', 'scop', 'scic', 'esus_company'],
      criteria: [
        { label: 'Utilité sociale du projet', weight: 3, scale: 5 },
        { label: 'Solidité du modèle économique', weight: 2, scale: 5 },
        { label: 'Capacité de l’équipe', weight: 1, scale: 5 },
      ],
    },
  ),
  funding(
    'funder',
    'guarantee',
    [10_000, 200_000],
    'Garantie bancaire ESS',
    "Garantie jusqu'à 65 % d'un prêt bancaire pour les entreprises solidaires.",
    ['funding'],
    { stages: ['creation', 'development', 'takeover'] },
  ),
  funding(
    'funder',
    'equity',
    [20_000, 150_000],
    'Prêt participatif Consolidation',
    'Quasi-fonds propres remboursables sur sept ans pour consolider une structure qui crée des emplois.',
    ['funding', 'employment_hr'],
    { stages: ['consolidation', 'scale_up'] },
  ),
  // Ruche Ligérienne
  support(
    'ruche',
    "Incubation de projets d'utilité sociale",
    'Douze mois d’incubation : suivi individuel, formations collectives, mise en réseau et bureau partagé.',
    ['business_model', 'market_sales', 'partnerships'],
    { stages: ['idea', 'feasibility'] },
  ),
  support(
    'ruche',
    'Pré-incubation : tester son idée',
    'Trois mois pour confronter son idée au terrain et vérifier le besoin social.',
    ['business_model', 'impact'],
    { stages: ['idea'], legalForms: ['unregistered'] },
  ),
  support(
    'ruche',
    'Programme Accélération ESS',
    'Changer d’échelle : stratégie, essaimage, levée de fonds et partenariats.',
    ['market_sales', 'partnerships', 'funding'],
    { stages: ['development', 'scale_up'] },
  ),
  support(
    'ruche',
    'Incubateur rural itinérant',
    "L'incubation se déplace dans les communes rurales : permanences mensuelles et ateliers de territoire.",
    ['business_model', 'partnerships'],
    { stages: CREATION, sectors: ['agriculture', 'food', 'tourism'] },
  ),
  // Atelier Boussole
  support(
    'boussole',
    'Choisir son statut juridique',
    'Association, SCOP, SCIC, société commerciale ESUS : comparer les statuts et rédiger les premiers statuts.',
    ['legal_structure'],
    { stages: CREATION, legalForms: ['unregistered'] },
  ),
  support(
    'boussole',
    'Gouvernance partagée et vie coopérative',
    'Faciliter les instances, clarifier les rôles, associer salariés et bénévoles aux décisions.',
    ['governance'],
    { stages: ['development', 'consolidation'], legalForms: ['association', 'scop', 'scic'] },
  ),
  support(
    'boussole',
    'Transformer son association en SCIC',
    'Accompagnement juridique et humain de la transformation, sociétariat compris.',
    ['legal_structure', 'governance'],
    { stages: ['consolidation'], legalForms: ['association'] },
  ),
  // Octet Solidaire
  support(
    'numericoop',
    'Diagnostic numérique des structures ESS',
    'Faire le point sur ses outils, ses données et ses usages, puis prioriser.',
    ['digital'],
    { stages: ['development', 'consolidation'] },
  ),
  support(
    'numericoop',
    'Boutique en ligne et circuits courts',
    'Mettre en place une boutique en ligne simple pour vendre en direct.',
    ['digital', 'market_sales'],
    { stages: ['creation', 'development'], sectors: ['food', 'agriculture', 'crafts'] },
  ),
  support(
    'numericoop',
    'Outils libres pour associations',
    'Messagerie, agenda, comptabilité, adhésions : des logiciels libres installés et expliqués.',
    ['digital', 'governance'],
    { legalForms: ['association'] },
  ),
  // Cairn Évaluation
  support(
    'mesure',
    'Évaluer son impact social',
    'Construire sa démarche d’évaluation avec ses bénéficiaires et ses partenaires.',
    ['impact'],
    { stages: GROWTH },
  ),
  support(
    'mesure',
    "Rapport d'impact pour les financeurs",
    'Rédiger un rapport d’impact lisible, utile pour les financeurs et les adhérents.',
    ['impact', 'funding'],
    { stages: ['consolidation', 'scale_up'] },
  ),
  support(
    'mesure',
    'Formation à l’évaluation participative',
    'Deux jours de formation pour les équipes salariées et bénévoles.',
    ['impact', 'employment_hr'],
  ),
  // Passerelles Emploi Solidaire
  support(
    'passerelles',
    'Premier recrutement : accompagnement employeur',
    'Fiche de poste, aides à l’embauche, contrat, intégration : réussir son premier recrutement.',
    ['employment_hr'],
    { stages: ['creation', 'development'] },
  ),
  support(
    'passerelles',
    "Groupement d'employeurs solidaires",
    'Partager un salarié à plusieurs structures pour des compétences à temps partiel.',
    ['employment_hr', 'partnerships'],
    { stages: ['development', 'consolidation'] },
  ),
  support(
    'passerelles',
    'Insertion par l’activité économique : conventionnement',
    'Préparer le conventionnement d’un atelier ou chantier d’insertion.',
    ['employment_hr', 'legal_structure'],
    { stages: ['creation', 'development'], sectors: ['employment_inclusion'] },
  ),
  // Comptoir des Achats Responsables
  support(
    'comptoir',
    'Accès aux marchés publics responsables',
    'Repérer les marchés à clauses sociales, répondre seul ou en groupement.',
    ['market_sales'],
    { stages: ['development', 'consolidation'] },
  ),
  support(
    'comptoir',
    'Étude de marché accompagnée',
    'Questionnaires, entretiens et chiffrage du marché avec un chargé d’études.',
    ['market_sales', 'business_model'],
    { stages: ['feasibility'] },
  ),
  support(
    'comptoir',
    'Rencontres acheteurs solidaires',
    'Une journée de rendez-vous d’affaires entre structures de l’ESS et grands comptes.',
    ['market_sales', 'partnerships'],
    { stages: ['development', 'scale_up'] },
  ),
  // Les Tisserands du Territoire
  support(
    'tisserands',
    'Coopérations territoriales et mutualisation',
    'Mutualiser des locaux, des véhicules ou des postes avec d’autres structures du territoire.',
    ['partnerships', 'premises'],
    { stages: ['development', 'consolidation'] },
  ),
  support(
    'tisserands',
    'Pôle territorial de coopération',
    'Rejoindre un réseau local d’acteurs et de collectivités pour porter des projets communs.',
    ['partnerships'],
  ),
  support(
    'tisserands',
    'Mécénat de compétences : mise en relation',
    'Trouver des salariés d’entreprises prêts à donner du temps et de l’expertise.',
    ['partnerships', 'employment_hr'],
    { stages: ['creation', 'development'], legalForms: ['association'] },
  ),
  // CAE Horizons Partagés
  support(
    'horizons',
    "Tester son activité en coopérative d'activité et d'emploi",
    'Démarrer son activité en CAE : un contrat, un numéro de TVA, un accompagnement et des pairs.',
    ['business_model', 'employment_hr', 'legal_structure'],
    { stages: CREATION, legalForms: ['unregistered', 'cae_member'] },
  ),
  support(
    'horizons',
    'Devenir entrepreneur·e salarié·e associé·e',
    'Passer au sociétariat de la CAE et prendre part à sa gouvernance.',
    ['governance', 'employment_hr'],
    { stages: ['development', 'consolidation'], legalForms: ['cae_member'] },
  ),
  support(
    'horizons',
    'Parcours entrepreneur·es du numérique en CAE',
    'Pour les métiers du web et du numérique : portfolio, prix, prospection.',
    ['digital', 'market_sales'],
    { stages: ['creation', 'development'], legalForms: ['cae_member'], sectors: ['digital'] },
  ),
  // La Fabrique des Tiers-Lieux du Marais (Vendée)
  support(
    'marais',
    'Créer un tiers-lieu en milieu rural',
    'De l’envie au lieu ouvert : collectif, programmation, modèle économique et aménagement du tiers-lieu.',
    ['premises', 'partnerships', 'business_model'],
    { stages: CREATION },
  ),
  support(
    'marais',
    "Résidence d'entrepreneurs en tiers-lieu",
    'Six mois de résidence dans un tiers-lieu du Marais : poste de travail, ateliers, communauté.',
    ['premises', 'partnerships'],
    { stages: ['creation'] },
  ),
  // Maison Coopérative du Maine (Sarthe)
  support(
    'maine',
    'Accompagnement de proximité en Sarthe',
    'Un conseiller près de chez vous, de l’idée aux premiers financements.',
    ['business_model', 'funding'],
    { stages: ['idea', 'feasibility', 'creation', 'development'] },
  ),
  support(
    'maine',
    'Reprise d’entreprise par les salariés',
    'Évaluer l’entreprise, monter le tour de table et organiser la transmission aux salariés.',
    ['legal_structure', 'governance', 'funding'],
    { stages: ['takeover'], legalForms: ['scop', 'scic', 'other'] },
  ),
  // Pépinière du Bocage Mayennais (Mayenne)
  support(
    'bocage',
    'Hébergement en pépinière solidaire',
    'Bureaux et ateliers à loyer progressif pendant trois ans, avec suivi mensuel.',
    ['premises'],
    { stages: ['creation', 'development'] },
  ),
  support(
    'bocage',
    'Parcours création en Mayenne',
    'Formation collective et suivi individuel pour bâtir son projet.',
    ['business_model'],
    { stages: CREATION },
  ),
  // Pas-de-Porte Solidaire (Nantes, Rezé, Saint-Herblain, Orvault)
  support(
    'quartiers',
    'Entreprendre dans les quartiers',
    'Un accompagnement au pied de chez soi pour les habitants qui créent leur activité.',
    ['business_model', 'funding'],
    { stages: CREATION, legalForms: ['unregistered', 'association'] },
  ),
  support(
    'quartiers',
    'Local commercial solidaire en pied d’immeuble',
    'Des locaux à loyer modéré pour les activités utiles aux habitants.',
    ['premises'],
    { stages: ['creation'] },
  ),
  support(
    'quartiers',
    'Couveuse d’activités des quartiers',
    'Tester son activité pendant un an sans créer de structure.',
    ['business_model', 'legal_structure'],
    { stages: ['idea', 'feasibility'], legalForms: ['unregistered'] },
  ),
  // La Cale Partagée (Saint-Nazaire, Guérande, Pornic, La Baule-Escoublac)
  support(
    'estuaire',
    "Tiers-lieu de l'estuaire : espaces partagés",
    'Bureaux partagés, salle de réunion et atelier dans un tiers-lieu au bord de l’eau.',
    ['premises', 'partnerships'],
    { stages: ['creation', 'development'] },
  ),
  support(
    'estuaire',
    'Projets du littoral et du tourisme durable',
    'Accompagner les projets solidaires liés à la mer, au littoral et au tourisme durable.',
    ['business_model', 'market_sales'],
    { stages: CREATION, sectors: ['tourism', 'environment'] },
  ),
  support(
    'estuaire',
    'Club des employeurs solidaires de l’estuaire',
    'Rencontres trimestrielles entre dirigeants de structures de l’ESS du bassin nazairien.',
    ['partnerships', 'employment_hr'],
    { stages: GROWTH },
  ),
  // Anjou Coop’Lab (Maine-et-Loire)
  support(
    'anjoulab',
    "Laboratoire d'innovation sociale",
    'Explorer une réponse nouvelle à un besoin social avec des usagers et des partenaires.',
    ['business_model', 'impact', 'partnerships'],
    { stages: ['idea', 'feasibility'] },
  ),
  support(
    'anjoulab',
    'Structurer sa SCIC',
    'Collèges, sociétariat, répartition des voix : faire vivre le multisociétariat.',
    ['governance', 'legal_structure'],
    { stages: ['creation', 'development'], legalForms: ['scic'] },
  ),
  // Cycle Ligérien du Réemploi
  support(
    'reemploi',
    'Monter une recyclerie',
    'Étude d’opportunité, recherche de locaux, modèle économique et partenariats avec les collectivités.',
    ['business_model', 'premises', 'partnerships'],
    { stages: ['feasibility', 'creation'], sectors: ['circular_economy'] },
  ),
  support(
    'reemploi',
    'Développer sa filière réemploi',
    'Trouver de nouveaux débouchés pour les objets collectés et professionnaliser la vente.',
    ['market_sales', 'partnerships'],
    { stages: ['development', 'consolidation'], sectors: ['circular_economy'] },
  ),
  support(
    'reemploi',
    'Essaimer un atelier de réparation',
    'Reproduire un atelier vélo ou électroménager qui a fait ses preuves ailleurs.',
    ['business_model', 'partnerships'],
    { stages: ['scale_up'], sectors: ['circular_economy', 'mobility'] },
  ),
  // Fonds Coop’Élan
  funding(
    'elan',
    'equity',
    [30_000, 300_000],
    'Titres participatifs pour SCOP et SCIC',
    'Quasi-fonds propres sans droit de vote, pour financer le développement des coopératives.',
    ['funding'],
    { stages: GROWTH, legalForms: COOPERATIVES },
  ),
  funding(
    'elan',
    'equity',
    [10_000, 80_000],
    'Amorçage en fonds propres',
    'Une prise de participation minoritaire au démarrage, aux côtés des associés.',
    ['funding'],
    { stages: ['creation'], legalForms: ['scop', 'scic', 'esus_company'] },
  ),
  funding(
    'elan',
    'equity',
    [20_000, 250_000],
    'Fonds propres pour la reprise en SCOP',
    'Renforcer le capital des salariés qui reprennent leur entreprise.',
    ['funding', 'governance'],
    { stages: ['takeover'], legalForms: ['scop'] },
  ),
  // Caisse Mutuelle des Communs
  funding(
    'caisse',
    'bank_loan',
    [10_000, 500_000],
    'Prêt bancaire solidaire',
    "Prêt d'investissement à taux modéré pour les projets à utilité sociale.",
    ['funding'],
    { stages: ['creation', 'development', 'consolidation'] },
  ),
  funding(
    'caisse',
    'bank_loan',
    [50_000, 800_000],
    'Prêt immobilier pour tiers-lieux',
    'Acheter ou rénover les murs d’un tiers-lieu, d’une recyclerie ou d’un atelier partagé.',
    ['premises', 'funding'],
    { stages: ['creation', 'development'] },
  ),
  funding(
    'caisse',
    'bank_loan',
    [5_000, 100_000],
    'Prêt de trésorerie associatif',
    'Faire face au décalage entre les dépenses et le versement des subventions.',
    ['funding'],
    { stages: ['development', 'consolidation'], legalForms: ['association'] },
  ),
  // Garantie Solidaire Atlantique
  funding(
    'garantie',
    'guarantee',
    [5_000, 100_000],
    'Garantie création-reprise',
    'Garantie de 50 à 70 % du prêt bancaire de création ou de reprise.',
    ['funding'],
    { stages: ['creation', 'takeover'] },
  ),
  funding(
    'garantie',
    'guarantee',
    [10_000, 200_000],
    'Garantie des structures d’insertion',
    'Garantir les prêts des entreprises d’insertion et ateliers et chantiers d’insertion.',
    ['funding', 'employment_hr'],
    { sectors: ['employment_inclusion'] },
  ),
  funding(
    'garantie',
    'guarantee',
    [20_000, 300_000],
    'Garantie des prêts immobiliers solidaires',
    'Garantir le prêt qui finance des locaux ou un tiers-lieu.',
    ['premises', 'funding'],
    { stages: ['development', 'consolidation'] },
  ),
  // Fondation Écume
  funding(
    'ecume',
    'grant',
    [5_000, 30_000],
    "Subvention d'amorçage innovation sociale",
    'Financer les premières étapes d’un projet qui répond autrement à un besoin social.',
    ['funding', 'impact', 'business_model'],
    { stages: CREATION },
  ),
  funding(
    'ecume',
    'grant',
    [10_000, 50_000],
    'Appel à projets Transition écologique',
    'Soutenir les projets collectifs de sobriété, d’énergie citoyenne et de biodiversité.',
    ['funding', 'impact'],
    { sectors: ['environment', 'energy', 'agriculture'] },
  ),
  funding(
    'ecume',
    'grant',
    [2_000, 10_000],
    'Soutien au numérique associatif',
    'Une subvention pour équiper et former une association au numérique.',
    ['digital', 'funding'],
    { legalForms: ['association'] },
  ),
  funding(
    'ecume',
    'grant',
    [1_000, 5_000],
    'Bourse Jeunes Pousses solidaires',
    'Une bourse pour les porteurs de moins de 30 ans qui testent leur idée.',
    ['funding'],
    { stages: ['idea'], legalForms: ['unregistered'] },
  ),
  // Fonds Territorial des Transitions
  funding(
    'transitions',
    'repayable_advance',
    [10_000, 100_000],
    'Avance remboursable à taux zéro',
    'Une avance sans intérêt, remboursable sur cinq ans, pour financer le développement.',
    ['funding'],
    { stages: ['development', 'scale_up'] },
  ),
  funding(
    'transitions',
    'repayable_advance',
    [20_000, 150_000],
    'Avance pour la rénovation de locaux',
    'Rénover, isoler, rendre accessible : une avance remboursable pour les travaux des locaux.',
    ['premises', 'funding'],
    { stages: ['development', 'consolidation'] },
  ),
  funding(
    'transitions',
    'repayable_advance',
    [15_000, 120_000],
    'Avance remboursable énergie citoyenne',
    'Pour les coopératives citoyennes de production d’énergie renouvelable.',
    ['funding'],
    { stages: ['creation', 'development'], legalForms: COOPERATIVES, sectors: ['energy'] },
  ),
  // Cercle des Prêteurs Solidaires
  funding(
    'preteurs',
    'honour_loan',
    [1_000, 8_000],
    "Prêt d'honneur jeunes entrepreneur·es de l'ESS",
    "Un prêt d'honneur sans intérêt et un parrain bénévole pour les moins de 30 ans.",
    ['funding'],
    { stages: ['idea', 'creation'], legalForms: ['unregistered', 'esus_company', 'scop'] },
  ),
  funding(
    'preteurs',
    'honour_loan',
    [5_000, 30_000],
    "Prêt d'honneur reprise solidaire",
    'Renforcer l’apport personnel de celles et ceux qui reprennent une entreprise.',
    ['funding'],
    { stages: ['takeover'] },
  ),
  funding(
    'preteurs',
    'honour_loan',
    [2_000, 12_000],
    "Prêt d'honneur entrepreneures de l'ESS",
    'Pour les femmes qui créent ou développent une entreprise solidaire, avec un parrainage.',
    ['funding', 'partnerships'],
    { stages: ['creation', 'development'] },
  ),
  // Fonds de dotation Océan Partagé (Vendée)
  funding(
    'ocean',
    'grant',
    [1_000, 15_000],
    'Subvention projets solidaires vendéens',
    'Soutenir les associations et entreprises solidaires de Vendée dans leurs projets.',
    ['funding'],
    { legalForms: ['association', 'scic', 'esus_company'] },
  ),
  funding(
    'ocean',
    'honour_loan',
    [3_000, 20_000],
    "Prêt d'honneur Vendée solidaire",
    "Un prêt d'honneur à taux zéro pour créer ou reprendre une activité solidaire en Vendée.",
    ['funding'],
    { stages: ['creation', 'takeover'] },
  ),
  // Club d'Épargne Citoyenne Sarthoise (Sarthe)
  funding(
    'epargne',
    'equity',
    [2_000, 20_000],
    'Investissement citoyen au capital',
    'Les membres du club entrent au capital et accompagnent les dirigeants pendant cinq ans.',
    ['funding', 'partnerships'],
    { stages: ['creation', 'development'], legalForms: ['scop', 'scic', 'esus_company'] },
  ),
  funding(
    'epargne',
    'honour_loan',
    [1_500, 10_000],
    "Prêt d'honneur Sarthe coopérative",
    'Un prêt personnel sans intérêt pour les associés de coopératives sarthoises.',
    ['funding'],
    { stages: ['creation'], legalForms: COOPERATIVES },
  ),
  // Fonds Mayenne Avance (Mayenne)
  funding(
    'avance53',
    'repayable_advance',
    [5_000, 40_000],
    'Avance remboursable emploi local',
    'Financer un poste pendant sa montée en charge, remboursé quand l’activité suit.',
    ['employment_hr', 'funding'],
    { stages: ['development', 'consolidation'] },
  ),
  funding(
    'avance53',
    'grant',
    [3_000, 12_000],
    'Subvention premier emploi',
    'Une aide au premier recrutement en CDI dans une structure de l’ESS mayennaise.',
    ['employment_hr', 'funding'],
    { stages: ['creation', 'development'] },
  ),
  // Coop’Sillon
  support(
    'sillon',
    'Accompagnement post-création des coopératives',
    'Trois ans de suivi après la création : gestion, gouvernance, formation des associés.',
    ['governance', 'business_model'],
    { stages: ['development', 'consolidation'], legalForms: COOPERATIVES },
  ),
  funding(
    'sillon',
    'honour_loan',
    [1_500, 10_000],
    'Prêt d’honneur coopérateur·ice',
    "Un prêt d'honneur pour financer sa part de capital dans une SCOP, une SCIC ou une CAE.",
    ['funding'],
    { stages: ['creation', 'takeover'], legalForms: ['scop', 'scic', 'cae_member'] },
  ),
  // Maison de l’Entrepreneuriat Solidaire 44 (Loire-Atlantique)
  support(
    'maison44',
    'Permanences création solidaire',
    'Des permanences dans tout le département pour poser ses questions et construire son projet.',
    ['business_model', 'legal_structure'],
    { stages: CREATION },
  ),
  funding(
    'maison44',
    'honour_loan',
    [2_000, 15_000],
    "Prêt d'honneur Loire-Atlantique solidaire",
    'Un prêt à taux zéro pour les créateurs et repreneurs de Loire-Atlantique.',
    ['funding'],
    { stages: ['creation', 'takeover'] },
  ),
  funding(
    'maison44',
    'guarantee',
    [5_000, 80_000],
    'Garantie d’emprunt Loire-Atlantique',
    'Garantir le prêt bancaire qui complète le prêt d’honneur.',
    ['funding'],
    { stages: ['creation', 'development', 'takeover'] },
  ),
  // Semis Collectifs (Mayenne, Maine-et-Loire)
  support(
    'champs',
    'Installation agricole collective',
    'Accompagner les collectifs qui s’installent : foncier, statuts, organisation du travail.',
    ['legal_structure', 'governance', 'premises'],
    { stages: CREATION, sectors: ['agriculture', 'food'] },
  ),
  funding(
    'champs',
    'grant',
    [2_000, 10_000],
    'Coup de pouce installation collective',
    'Une subvention pour les premiers équipements d’une ferme collective.',
    ['funding'],
    { stages: ['creation'], sectors: ['agriculture'] },
  ),
  // Fonds & Fabrique Anjou (Angers, Saumur, Cholet, Trélazé, Segré-en-Anjou Bleu)
  funding(
    'fabrique49',
    'grant',
    [5_000, 40_000],
    'Subvention aménagement de tiers-lieux',
    'Aménager un tiers-lieu, un atelier partagé ou une cuisine collective.',
    ['premises', 'funding'],
    { stages: ['creation', 'development'] },
  ),
  support(
    'fabrique49',
    'Accompagnement des tiers-lieux angevins',
    'Gouvernance, programmation et modèle économique des lieux partagés.',
    ['premises', 'partnerships', 'governance'],
    { stages: ['creation', 'development', 'consolidation'] },
  ),
  funding(
    'fabrique49',
    'repayable_advance',
    [10_000, 60_000],
    'Avance remboursable Anjou',
    'Une avance sans intérêt pour financer le besoin en fonds de roulement.',
    ['funding'],
    { stages: ['development', 'consolidation'] },
  ),
];

export interface CatalogueCounts {
  organisations: number;
  offers: number;
}

/**
 * Fills the territory's directory: contacts of the demo accounts' organisations, the other
 * organisations, and every offer, with their search text. Deterministic: the same every time.
 */
export async function seedDemoCatalogue(
  manager: EntityManager,
  territory: Territory,
  demo: Record<DemoOrganisation, Organisation>,
): Promise<CatalogueCounts> {
  for (const [key, organisation] of Object.entries(demo) as [DemoOrganisation, Organisation][]) {
    await manager.update(Organisation, organisation.id, DEMO_ACCOUNT_ORGANISATIONS[key]);
  }
  const ids = new Map<string, string>(
    Object.entries(demo).map(([key, organisation]) => [key, organisation.id]),
  );
  for (const [key, organisation] of Object.entries(CATALOGUE_ORGANISATIONS)) {
    const { identifiers } = await manager.insert(Organisation, {
      territoryId: territory.id,
      ...organisation,
      communes: organisation.communes ?? [],
      departements: organisation.departements ?? [],
    });
    ids.set(key, String(identifiers[0]?.['id']));
  }
  const { identifiers: offerIds } = await manager.insert(
    Offer,
    CATALOGUE_OFFERS.map((offer) => {
      const organisationId = ids.get(offer.organisation);
      if (!organisationId) throw new Error(`The demo offer "${offer.name}" names no organisation.`);
      return {
        territoryId: territory.id,
        organisationId,
        name: offer.name,
        summary: offer.summary,
        kind: offer.funding ? ('funding' as const) : ('accompaniment' as const),
        stages: offer.stages ?? [],
        legalForms: offer.legalForms ?? [],
        sectors: offer.sectors ?? [],
        needCategories: offer.needCategories,
        instrument: offer.funding?.instrument ?? null,
        amountMinCents: offer.funding ? offer.funding.euros[0] * 100 : null,
        amountMaxCents: offer.funding ? offer.funding.euros[1] * 100 : null,
        published: offer.published ?? true,
      };
    }),
  );
  const criteria = CATALOGUE_OFFERS.flatMap((offer, index) =>
    (offer.criteria ?? []).map((criterion, position) => ({
      offerId: String(offerIds[index]?.['id']),
      ...criterion,
      position,
    })),
  );
  if (criteria.length > 0) await manager.insert(FundingCriterion, criteria);
  await refreshOfferSearchText(manager, { territoryId: territory.id });
  return { organisations: ids.size, offers: CATALOGUE_OFFERS.length };
}

#!/usr/bin/env node
// Fills a database with a large, realistic data set, to measure the case list and the case page on
// it (`npm run bench -- --large`):
//   npm run seed:large -- --cases 100000
// The database: DATABASE_URL when set, else the embedded one `npm start` uses (EMBEDDED_PG_DIR, default
// .data/pg, port EMBEDDED_PG_PORT) — reached while the app runs, started (and stopped) otherwise. It is
// migrated, given the demo data when empty, then three territories (Pays de la Loire, Île-de-France,
// Centre-Val de Loire) with their communes, operator, partners, advisors and the cases: holders with
// French names, projects, submitted diagnostics, stages and dates spread over three years, lead
// advisors and followers, ~5–10 timeline events per case, notes, tasks (some overdue), messages,
// documents' metadata (no files) and orientations. Staff log in with DEMO_PASSWORD; holders cannot.
//
// Set-based SQL (INSERT … SELECT over generate_series), all in one transaction: nothing is left half done.
// The triggers that keep case_file.last_event_at and case_file.first_open_task_due fire once per event
// or task row (an UPDATE each), so they are switched off for the load and the columns set in one
// statement each; the other triggers stay on.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '..');
const caseCount = Number(option('--cases') ?? 100_000);
if (!Number.isInteger(caseCount) || caseCount < 100) {
  console.error('usage: npm run seed:large -- --cases <number, at least 100>');
  process.exit(2);
}
const started = performance.now();
const step = (label) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${label}`);

// The app's own code, from its build (cached by Nx).
execSync('npx nx run-many -t build -p domain api --output-style=static', {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
const require = createRequire(import.meta.url);
const app = (path) => require(resolve(root, 'dist/apps/api', path));
const { DataSource } = require('typeorm');
const domain = require('@essaim/domain');
const { loadConfig } = app('config/env.js');
const { startEmbeddedPostgres, EMBEDDED_CREDENTIALS } = app('database/embedded-postgres.js');
const { dataSourceOptions } = app('database/data-source-options.js');
const { runMigrations } = app('database/migrate.js');
const { seedDemoData } = app('database/seed/demo-seed.js');
const { seedCommunes } = app('database/seed/communes.js');
const { DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS, publishDefaultQuestionnaire } = app(
  'database/seed/default-questionnaire.js',
);
const { PasswordsService } = app('auth/passwords.service.js');

/** Who is where: the share of the cases, the operator, the partners and how many advisors. */
const TERRITORIES = [
  {
    code: 'pdl',
    name: 'Pays de la Loire',
    departements: ['44', '49', '53', '72', '85'],
    share: 50,
    operator: 'CRESS Pays de la Loire',
    partners: ['Coop’Accompagne Loire', 'Ouest Coop Conseil', 'Tiers-Lieux de Loire'],
    operatorAdvisors: 8,
  },
  {
    code: 'idf',
    name: 'Île-de-France',
    departements: ['75', '77', '78', '91', '92', '93', '94', '95'],
    share: 30,
    operator: 'CRESS Île-de-France',
    partners: [
      'Coopérer en Île-de-France',
      'Incubateur Solidaire Francilien',
      'Réseau des Ressourceries IDF',
    ],
    operatorAdvisors: 6,
  },
  {
    code: 'cvl',
    name: 'Centre-Val de Loire',
    departements: ['18', '28', '36', '37', '41', '45'],
    share: 20,
    operator: 'CRESS Centre-Val de Loire',
    partners: ['Centre Coop Accompagnement', 'Val de Loire Initiatives'],
    operatorAdvisors: 4,
  },
];
const PARTNER_ADVISORS = 2;
const SEED_DOMAIN = 'seed.essaim.test';

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Jade',
  'Louise',
  'Alice',
  'Lina',
  'Sarah',
  'Zoé',
  'Juliette',
  'Anaïs',
  'Clémence',
  'Mathilde',
  'Élodie',
  'Aurélie',
  'Sophie',
  'Nathalie',
  'Isabelle',
  'Sylvie',
  'Fatima',
  'Yasmine',
  'Amina',
  'Océane',
  'Margaux',
  'Héloïse',
  'Agathe',
  'Maëlle',
  'Lucas',
  'Hugo',
  'Louis',
  'Gabriel',
  'Arthur',
  'Jules',
  'Raphaël',
  'Théo',
  'Nathan',
  'Mathis',
  'Thomas',
  'Nicolas',
  'Julien',
  'Antoine',
  'Maxime',
  'Alexandre',
  'Pierre',
  'François',
  'Jérôme',
  'Stéphane',
  'Sébastien',
  'Benoît',
  'Cédric',
  'Grégoire',
  'Loïc',
  'Yannick',
  'Karim',
  'Mehdi',
  'Youssef',
  'Moussa',
  'Mamadou',
  'Ibrahim',
  'Tristan',
  'Gaël',
  'Noé',
  'Baptiste',
  'Étienne',
  'Olivier',
  'Dominique',
  'Claude',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefèvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefebvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martinez',
  'Gérard',
  'Roche',
  'Renard',
  'Schmitt',
  'Roy',
  'Leroux',
  'Colin',
  'Vidal',
  'Caron',
  'Picard',
  'Roger',
  'Fabre',
  'Aubert',
  'Lemoine',
  'Renaud',
  'Dumas',
  'Lacroix',
  'Olivier',
  'Philippe',
  'Bourgeois',
  'Pierre',
  'Benoît',
  'Rey',
  'Leclerc',
  'Payet',
  'Rolland',
  'Le Gall',
  'Le Goff',
  'Benali',
  'Haddad',
  'Diallo',
  'Traoré',
  'Nguyen',
  'Bézier',
  'Hervé',
  'Prévost',
  'Cordier',
];
const PROJECT_KINDS = [
  'Recyclerie',
  'Ressourcerie',
  'Épicerie solidaire',
  'Café associatif',
  'Atelier vélo',
  'Garage solidaire',
  'Ferme maraîchère',
  'Tiers-lieu',
  'Crèche parentale',
  'Coopérative d’habitants',
  'Librairie coopérative',
  'Cantine solidaire',
  'Repair café',
  'Jardin partagé',
  'Fablab',
  'Conserverie',
  'Brasserie coopérative',
  'Centrale villageoise',
  'Accorderie',
  'Friperie',
  'Boulangerie coopérative',
  'Théâtre itinérant',
  'Recyclage textile',
  'Mobilité partagée',
  'Habitat inclusif',
  'Épicerie vrac',
  'Menuiserie d’insertion',
];
const PROJECT_QUALIFIERS = [
  'des Lilas',
  'du Val',
  'des Pâquerettes',
  'du Marais',
  'des Coteaux',
  'solidaire',
  'partagé',
  'coopératif',
  'de quartier',
  'des Deux Rives',
  'du Bocage',
  'de la Gare',
  'des Tisserands',
  'L’Escale',
  'La Fabrique',
  'Le Relais',
  'Les Communs',
  'Bel Air',
  'Le Grenier',
  'La Ruche',
  'Les Glaneurs',
];
const NOTE_BODIES = [
  'Premier échange téléphonique : le projet est bien avancé, le **modèle économique** reste à consolider.',
  'Rendez-vous sur place. Équipe motivée, besoin de locaux et d’un premier financement.',
  'Points à vérifier : statuts, budget prévisionnel sur trois ans, partenaires bancaires.',
  'Le porteur attend un retour sur la demande de subvention régionale.',
  'Orientation à prévoir vers un accompagnement à la création de coopérative.',
  'Bilan à six mois : activité lancée, deux embauches prévues, trésorerie tendue.',
];
const TASK_TITLES = [
  'Rappeler le porteur',
  'Relire le budget prévisionnel',
  'Demander les statuts signés',
  'Préparer le comité d’engagement',
  'Envoyer la liste des financeurs',
  'Organiser la visite du local',
  'Faire le point à trois mois',
];
const MESSAGE_BODIES = [
  'Bonjour, je vous transmets le budget prévisionnel mis à jour.',
  'Merci pour notre échange, je reviens vers vous d’ici la fin de la semaine.',
  'Pouvez-vous me confirmer la date du prochain rendez-vous ?',
  'Voici les statuts de l’association, adoptés en assemblée générale.',
  'Nous avons trouvé un local, pouvons-nous en parler rapidement ?',
  'Je vous propose un point téléphonique mardi à 10 h.',
];
const DOCUMENT_FILES = {
  statutes: ['statuts.pdf', 'application/pdf'],
  business_plan: [
    'plan-d-affaires.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  budget: ['budget-previsionnel.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  accounts: ['comptes-annuels.pdf', 'application/pdf'],
  bank_details: ['rib.pdf', 'application/pdf'],
  other: ['photo-local.jpg', 'image/jpeg'],
};

await main();

async function main() {
  // The seed serves no session: any secret satisfies the checks a server needs.
  const config = loadConfig({ SESSION_SECRET: 'x'.repeat(32), ...process.env }, root);
  const database = await openDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  try {
    step(`database: ${database.label}`);
    await runMigrations(dataSource);
    step('migrated');
    const passwords = new PasswordsService();
    const hashPassword = (password) => passwords.hash(password);
    if (await seedDemoData(dataSource, hashPassword, config.demoPassword)) step('demo data seeded');
    const [{ seeded }] = await dataSource.query(
      `SELECT count(*)::int AS seeded FROM app_user WHERE email LIKE $1`,
      [`%@${SEED_DOMAIN}`],
    );
    if (seeded > 0) {
      throw new Error(
        `this database already holds a large data set (${seeded} users @${SEED_DOMAIN}): use a fresh database`,
      );
    }
    const staffHash = await hashPassword(config.demoPassword);
    await dataSource.transaction(async (manager) => {
      const territories = [];
      for (const spec of TERRITORIES) territories.push(await ensureTerritory(manager, spec, staffHash));
      step(`territories ready: ${territories.map((t) => t.code).join(', ')}`);
      await fill(manager, territories);
    });
    step('committed; vacuum and analyse');
    await dataSource.query('VACUUM ANALYZE');
    await printCounts(dataSource);
    step(`done: ${caseCount} cases`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

/** DATABASE_URL; else the embedded database of `npm start`, running or started here. */
async function openDatabase(config) {
  if (config.databaseUrl) return { url: config.databaseUrl, label: 'DATABASE_URL', stop: async () => {} };
  const { user, password, database } = EMBEDDED_CREDENTIALS;
  const url = `postgres://${user}:${password}@127.0.0.1:${config.embeddedPg.port}/${database}`;
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await probe.connect();
    await probe.end();
    return { url, label: `embedded, already running (${config.embeddedPg.dir})`, stop: async () => {} };
  } catch {
    const server = await startEmbeddedPostgres({ dir: config.embeddedPg.dir, port: config.embeddedPg.port });
    return { url: server.url, label: `embedded, started here (${server.dir})`, stop: () => server.stop() };
  }
}

/** The territory with its communes, questionnaire, operator, partners (an offer each) and staff. */
async function ensureTerritory(manager, spec, staffHash) {
  let [territory] = await manager.query(
    'SELECT id, operator_organisation_id FROM territory WHERE code = $1',
    [spec.code],
  );
  if (!territory) {
    [territory] = await manager.query(
      `INSERT INTO territory (code, name, settings) VALUES ($1, $2, '{"slaDays": 5}') RETURNING id`,
      [spec.code, spec.name],
    );
    await seedCommunes(manager, { id: territory.id }, { departements: spec.departements });
    await publishDefaultQuestionnaire(manager, territory.id);
  }
  const operatorId =
    territory.operator_organisation_id ??
    (await organisation(manager, territory.id, spec.operator, 'support'));
  await manager.query('UPDATE territory SET operator_organisation_id = $2 WHERE id = $1', [
    territory.id,
    operatorId,
  ]);

  const staff = (email, firstName, lastName, role, organisationId) =>
    manager.query(
      `INSERT INTO app_user (email, password_hash, first_name, last_name, role, territory_id, organisation_id,
                               status, terms_accepted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', now())`,
      [email, staffHash, firstName, lastName, role, territory.id, organisationId],
    );
  const name = (index) => [
    FIRST_NAMES[(index * 7) % FIRST_NAMES.length],
    LAST_NAMES[(index * 11) % LAST_NAMES.length],
  ];
  await staff(`admin.${spec.code}@${SEED_DOMAIN}`, ...name(1), 'territory_admin', operatorId);
  for (let index = 1; index <= spec.operatorAdvisors; index += 1) {
    await staff(`conseil.${spec.code}.${index}@${SEED_DOMAIN}`, ...name(index + 3), 'advisor', operatorId);
  }
  for (const [partnerIndex, partnerName] of spec.partners.entries()) {
    const partnerId = await organisation(manager, territory.id, partnerName, 'support');
    const [offer] = await manager.query(
      `SELECT id FROM offer WHERE organisation_id = $1 AND kind = 'accompaniment' AND published LIMIT 1`,
      [partnerId],
    );
    if (!offer) {
      await manager.query(
        `INSERT INTO offer (territory_id, organisation_id, name, summary, kind, need_categories)
           VALUES ($1, $2, $3, 'Un accompagnement pas à pas, de l’idée aux premières années.', 'accompaniment',
                   '{business_model,legal_structure,governance}')`,
        [territory.id, partnerId, `Accompagnement ${partnerName}`],
      );
    }
    for (let index = 1; index <= PARTNER_ADVISORS; index += 1) {
      await staff(
        `partenaire.${spec.code}.${partnerIndex + 1}.${index}@${SEED_DOMAIN}`,
        ...name(partnerIndex * 5 + index + 20),
        'advisor',
        partnerId,
      );
    }
  }
  return { ...spec, id: territory.id, operatorId };
}

async function organisation(manager, territoryId, name, kind) {
  const [found] = await manager.query('SELECT id FROM organisation WHERE territory_id = $1 AND name = $2', [
    territoryId,
    name,
  ]);
  if (found) return found.id;
  const [created] = await manager.query(
    `INSERT INTO organisation (territory_id, name, kind, description)
     VALUES ($1, $2, $3, 'Structure d’accompagnement de l’économie sociale et solidaire.') RETURNING id`,
    [territoryId, name, kind],
  );
  return created.id;
}

/** Every row of the large data set, set-based, in the caller's transaction. */
async function fill(manager, territories) {
  const q = (sql, params = []) => manager.query(sql, params);
  await q('SELECT setseed(0.2026)');
  await q(`ALTER TABLE case_event DISABLE TRIGGER case_event_last_event`);
  await q(`ALTER TABLE case_task DISABLE TRIGGER case_task_open_task_due`);
  await stagingTables(q, territories);
  step('staging: territories, advisors, partners, communes');
  await planCases(q);
  step(`planned ${caseCount} cases`);
  // Statistics as the rows arrive (ANALYZE sees this transaction's rows): the triggers' queries and
  // the joins below would otherwise be planned for the near-empty tables of the start.
  const analyse = (...tables) => q(`ANALYZE ${tables.join(', ')}`);
  await insertPeopleAndProjects(q);
  await analyse('app_user', 'project', 'project_member', 'diagnostic');
  step('holders, projects and submitted diagnostics');
  await q(
    `INSERT INTO case_file (id, territory_id, reference, project_id, diagnostic_id, stage, stage_entered_at, priority,
                            lead_advisor_id, submitted_at, version, left_stage, closure_outcome, last_event_at,
                            created_at, updated_at)
     SELECT case_id, territory_id, reference, project_id, diagnostic_id, stage, stage_entered_at, priority,
            lead_id, t_sub, version, left_stage, closure_outcome, t_sub, t_sub, t_act
       FROM seed_case`,
  );
  await q(
    `INSERT INTO case_counter (territory_id, year, last_value)
     SELECT territory_id, year, max(seq) FROM seed_case GROUP BY territory_id, year
     ON CONFLICT (territory_id, year) DO UPDATE SET last_value = greatest(case_counter.last_value, excluded.last_value)`,
  );
  await q(
    `INSERT INTO case_follower (case_id, user_id, created_at)
     SELECT case_id, follower_id, t_ori FROM seed_case WHERE follower_id IS NOT NULL`,
  );
  await analyse('case_file', 'case_follower');
  step('cases (references from the counters), followers');
  await insertCaseRecords(q);
  await analyse(
    'orientation',
    'case_note',
    'case_task',
    'case_message',
    'case_document',
    'case_document_version',
  );
  await q(
    `UPDATE case_file c SET first_open_task_due = open.due
       FROM (SELECT t.case_id, min(t.due_date) AS due FROM case_task t JOIN seed_case s ON s.case_id = t.case_id
              WHERE t.done_at IS NULL GROUP BY t.case_id) open
      WHERE c.id = open.case_id`,
  );
  await q(`ALTER TABLE case_task ENABLE TRIGGER case_task_open_task_due`);
  step('orientations, notes, tasks, messages, documents');
  await insertEvents(q);
  await analyse('case_event');
  step('timeline events');
  await q(
    `UPDATE case_file c SET last_event_at = latest.at
       FROM (SELECT e.case_id, max(e.created_at) AS at FROM case_event e JOIN seed_case s ON s.case_id = e.case_id
              GROUP BY e.case_id) latest
      WHERE c.id = latest.case_id`,
  );
  await q(`ALTER TABLE case_event ENABLE TRIGGER case_event_last_event`);
  step('last event times');
}

async function stagingTables(q, territories) {
  await q(`CREATE TEMP TABLE seed_territory (
             t int PRIMARY KEY, id uuid, code text, from_pct int, to_pct int, version_id uuid,
             op_count int, partner_count int, commune_count int) ON COMMIT DROP`);
  await q(
    `CREATE TEMP TABLE seed_operator (t int, rn int, user_id uuid, PRIMARY KEY (t, rn)) ON COMMIT DROP`,
  );
  await q(`CREATE TEMP TABLE seed_partner (
             t int, rn int, organisation_id uuid, organisation_name text, offer_id uuid, offer_name text,
             staff_count int, PRIMARY KEY (t, rn)) ON COMMIT DROP`);
  await q(`CREATE TEMP TABLE seed_partner_staff (t int, partner_rn int, rn int, user_id uuid,
             PRIMARY KEY (t, partner_rn, rn)) ON COMMIT DROP`);
  await q(
    `CREATE TEMP TABLE seed_commune (t int, rn int, code text, name text, PRIMARY KEY (t, rn)) ON COMMIT DROP`,
  );
  let from = 0;
  for (const [index, territory] of territories.entries()) {
    const t = index + 1;
    await q(
      `INSERT INTO seed_operator
       SELECT $1::int, row_number() OVER (ORDER BY id), id FROM app_user
        WHERE territory_id = $2 AND organisation_id = $3 AND role = 'advisor' AND status = 'active'`,
      [t, territory.id, territory.operatorId],
    );
    // Partners: support organisations other than the operator with a published accompaniment offer
    // and active advisors.
    await q(
      `INSERT INTO seed_partner
       SELECT $1::int, row_number() OVER (ORDER BY org.name), org.id, org.name, offer.id, offer.name,
              (SELECT count(*) FROM app_user u WHERE u.organisation_id = org.id AND u.role = 'advisor' AND u.status = 'active')
         FROM organisation org
         JOIN LATERAL (SELECT o.id, o.name FROM offer o WHERE o.organisation_id = org.id AND o.kind = 'accompaniment'
                          AND o.published ORDER BY o.name LIMIT 1) offer ON true
        WHERE org.territory_id = $2 AND org.id <> $3 AND org.kind IN ('support', 'both')
          AND EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = org.id AND u.role = 'advisor' AND u.status = 'active')`,
      [t, territory.id, territory.operatorId],
    );
    await q(
      `INSERT INTO seed_partner_staff
       SELECT p.t, p.rn, row_number() OVER (PARTITION BY p.rn ORDER BY u.id), u.id
         FROM seed_partner p JOIN app_user u ON u.organisation_id = p.organisation_id
        WHERE p.t = $1 AND u.role = 'advisor' AND u.status = 'active'`,
      [t],
    );
    await q(
      `INSERT INTO seed_commune SELECT $1::int, row_number() OVER (ORDER BY code), code, name FROM commune WHERE territory_id = $2`,
      [t, territory.id],
    );
    await q(
      `INSERT INTO seed_territory
       SELECT $1::int, $2::uuid, $3::text, $4::int, $5::int,
              (SELECT id FROM questionnaire_version WHERE territory_id = $2 ORDER BY number DESC LIMIT 1),
              (SELECT count(*) FROM seed_operator WHERE t = $1::int), (SELECT count(*) FROM seed_partner WHERE t = $1::int),
              (SELECT count(*) FROM seed_commune WHERE t = $1::int)`,
      [t, territory.id, territory.code, from, from + territory.share],
    );
    from += territory.share;
  }
}

/** One row per case with every choice made: who, where, which stage, when. */
async function planCases(q) {
  const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const pick = (list, r) => `(${list})[1 + floor(${r} * cardinality(${list}))::int]`;
  const randoms = [
    'r_stage',
    'r_left',
    'r_age',
    'r_d1',
    'r_d2',
    'r_d3',
    'r_d4',
    'r_quiet',
    'r_lead',
    'r_op',
    'r_partner',
    'r_pstaff',
    'r_follow',
    'r_orient',
    'r_ostatus',
    'r_prio',
    'r_outcome',
    'r_commune',
    'r_sector',
    'r_form',
    'r_pstage',
    'r_kind',
    'r_qual',
    'r_place',
    'r_first',
    'r_last',
    'r_co',
    'r_cofirst',
    'r_notes',
    'r_tasks',
    'r_msgs',
    'r_docs',
    'r_jobs',
  ];
  await q(
    `CREATE TEMP TABLE seed_raw ON COMMIT DROP AS
     SELECT n, ${randoms.map((r) => `random() AS ${r}`).join(', ')} FROM generate_series(1, $1) n`,
    [caseCount],
  );
  const params = [
    FIRST_NAMES,
    LAST_NAMES,
    PROJECT_KINDS,
    PROJECT_QUALIFIERS,
    domain.SECTORS,
    [
      'association',
      'association',
      'association',
      'association',
      'scop',
      'scic',
      'cae_member',
      'esus_company',
      'unregistered',
      'other',
    ],
    domain.PROJECT_STAGES,
    domain.CLOSURE_OUTCOMES,
  ];
  await q(
    `CREATE TEMP TABLE seed_case ON COMMIT DROP AS
     WITH staged AS (
       SELECT r.*, t.t, t.id AS territory_id, t.code, t.version_id, t.op_count, t.partner_count, t.commune_count,
              CASE WHEN r_stage < 0.06 THEN 'submitted' WHEN r_stage < 0.20 THEN 'orientation'
                   WHEN r_stage < 0.42 THEN 'accompaniment' WHEN r_stage < 0.54 THEN 'funding'
                   WHEN r_stage < 0.60 THEN 'on_hold' ELSE 'closed' END AS stage
         FROM seed_raw r JOIN seed_territory t ON r.n % 100 >= t.from_pct AND r.n % 100 < t.to_pct
     ), leveled AS (
       SELECT s.*,
              CASE stage WHEN 'submitted' THEN 0 WHEN 'orientation' THEN 1 WHEN 'accompaniment' THEN 2
                         WHEN 'funding' THEN 3 WHEN 'on_hold' THEN CASE WHEN r_left < 0.3 THEN 1 ELSE 2 END
                         ELSE CASE WHEN r_left < 0.2 THEN 1 WHEN r_left < 0.7 THEN 2 ELSE 3 END END AS w,
              -- Recent cases are still early; the oldest ones (up to three years) mostly closed.
              now() - make_interval(secs => 86400 * CASE stage
                WHEN 'submitted' THEN r_age * r_age * 30 WHEN 'orientation' THEN 2 + r_age * 120
                WHEN 'accompaniment' THEN 30 + r_age * 600 WHEN 'funding' THEN 60 + r_age * 700
                WHEN 'on_hold' THEN 30 + r_age * 900 ELSE 60 + r_age * 1030 END) AS t_sub
         FROM staged s
     ), t1 AS (
       SELECT l.*, least(now() - interval '3 hours', t_sub + make_interval(secs => 86400 * (0.5 + r_d1 * 9))) AS t_ori
         FROM leveled l
     ), t2 AS (
       SELECT t1.*, least(now() - interval '2 hours', t_ori + make_interval(secs => 86400 * (10 + r_d2 * 50))) AS t_acc
         FROM t1
     ), t3 AS (
       SELECT t2.*, least(now() - interval '1 hour', t_acc + make_interval(secs => 86400 * (20 + r_d3 * 100))) AS t_fun
         FROM t2
     ), t4 AS (
       SELECT t3.*, CASE w WHEN 0 THEN t_sub WHEN 1 THEN t_ori WHEN 2 THEN t_acc ELSE t_fun END AS t_stage
         FROM t3
     ), t5 AS (
       SELECT t4.*,
              CASE WHEN stage IN ('on_hold', 'closed')
                   THEN least(now() - interval '30 minutes', t_stage + make_interval(secs => 86400 * (5 + r_d4 * 180))) END AS t_end
         FROM t4
     ), people AS (
       SELECT t5.*,
              stage <> 'submitted' AND r_lead >= 0.85 AS partner_led,
              (stage = 'submitted' AND r_lead < 0.25) OR (stage <> 'submitted' AND r_lead < 0.85) AS operator_led,
              1 + floor(r_op * op_count)::int AS op_rn,
              1 + floor(r_partner * partner_count)::int AS partner_rn
         FROM t5
     )
     SELECT p.n, p.t, p.territory_id, p.version_id, p.stage, p.w, p.t_sub, p.t_ori, p.t_acc, p.t_fun, p.t_end,
            -- Activity runs to the hold or the closure; an open case may have gone quiet, rarely for long.
            CASE WHEN p.t_end IS NOT NULL THEN p.t_end
                 ELSE greatest(p.t_stage, now() - make_interval(secs => 86400 * 50 * power(p.r_quiet, 4))) END AS t_act,
            gen_random_uuid() AS case_id, gen_random_uuid() AS project_id, gen_random_uuid() AS diagnostic_id,
            gen_random_uuid() AS holder_id, CASE WHEN p.r_co < 0.08 THEN gen_random_uuid() END AS coholder_id,
            ${pick('$1::text[]', 'p.r_first')} AS holder_first, ${pick('$2::text[]', 'p.r_last')} AS holder_last,
            ${pick('$1::text[]', 'p.r_cofirst')} AS coholder_first,
            ${pick('$3::text[]', 'p.r_kind')} || ' ' || ${pick('$4::text[]', 'p.r_qual')}
              || CASE WHEN p.r_place < 0.4 THEN ' – ' || cm.name ELSE '' END AS project_name,
            ${pick('$5::text[]', 'p.r_sector')} AS sector, ${pick('$6::text[]', 'p.r_form')} AS legal_form,
            ${pick('$7::text[]', 'p.r_pstage')} AS project_stage, cm.code AS commune_code,
            floor(p.r_jobs * 6)::int AS jobs_now, floor(p.r_jobs * 6)::int + 1 + floor(p.r_d2 * 8)::int AS jobs_planned,
            (500000 + floor(p.r_d3 * 30000000))::bigint AS funding_need_cents,
            CASE WHEN p.r_prio < 0.1 THEN 'high' ELSE 'normal' END AS priority,
            CASE WHEN p.stage IN ('on_hold', 'closed') THEN (ARRAY['orientation', 'accompaniment', 'funding'])[p.w] END AS left_stage,
            CASE WHEN p.stage = 'closed' THEN ${pick('$8::text[]', 'p.r_outcome')} END AS closure_outcome,
            CASE WHEN p.operator_led THEN op.user_id WHEN p.partner_led THEN ps.user_id END AS lead_id,
            op.user_id AS op_id, p.partner_led, p.partner_rn, ps.user_id AS partner_staff_id,
            CASE WHEN (p.operator_led OR p.partner_led) AND p.r_follow < 0.15
                 THEN (SELECT o2.user_id FROM seed_operator o2 WHERE o2.t = p.t AND o2.rn = 1 + p.op_rn % p.op_count
                         AND o2.user_id <> op.user_id) END AS follower_id,
            CASE WHEN p.partner_led THEN CASE WHEN p.w >= 2 AND p.r_ostatus < 0.5 THEN 'completed' ELSE 'accepted' END
                 WHEN p.w >= 1 AND p.r_orient < 0.3 THEN
                   CASE WHEN p.stage = 'orientation'
                        THEN CASE WHEN p.r_ostatus < 0.5 THEN 'proposed' WHEN p.r_ostatus < 0.8 THEN 'accepted' ELSE 'declined' END
                        ELSE CASE WHEN p.r_ostatus < 0.45 THEN 'accepted' WHEN p.r_ostatus < 0.85 THEN 'completed' ELSE 'declined' END END
            END AS orientation_status,
            CASE WHEN p.operator_led OR p.partner_led OR p.stage <> 'submitted' THEN floor(p.r_notes * 3)::int ELSE 0 END AS note_count,
            CASE WHEN p.operator_led OR p.partner_led THEN floor(p.r_tasks * 3)::int ELSE 0 END AS task_count,
            floor(p.r_msgs * 3)::int AS message_count,
            floor(p.r_docs * 2.2)::int AS document_count,
            jsonb_strip_nulls(jsonb_build_object(
              'submitted', ${iso('p.t_sub')},
              'orientation', CASE WHEN p.w >= 1 THEN ${iso('p.t_ori')} END,
              'accompaniment', CASE WHEN p.w >= 2 THEN ${iso('p.t_acc')} END,
              'funding', CASE WHEN p.w >= 3 THEN ${iso('p.t_fun')} END,
              'on_hold', CASE WHEN p.stage = 'on_hold' THEN ${iso('p.t_end')} END,
              'closed', CASE WHEN p.stage = 'closed' THEN ${iso('p.t_end')} END)) AS stage_entered_at,
            1 + p.w + (p.operator_led OR p.partner_led)::int + (p.t_end IS NOT NULL)::int + (p.r_prio < 0.1)::int AS version,
            extract(year FROM p.t_sub AT TIME ZONE 'Europe/Paris')::int AS year
       FROM people p
       JOIN seed_commune cm ON cm.t = p.t AND cm.rn = 1 + floor(p.r_commune * p.commune_count)::int
       JOIN seed_operator op ON op.t = p.t AND op.rn = p.op_rn
       LEFT JOIN seed_partner pa ON pa.t = p.t AND pa.rn = p.partner_rn
       LEFT JOIN seed_partner_staff ps ON ps.t = p.t AND ps.partner_rn = p.partner_rn
                                      AND ps.rn = 1 + floor(p.r_pstaff * pa.staff_count)::int`,
    params,
  );
  // References follow the submissions, after the numbers the territory's counters already gave.
  await q(`ALTER TABLE seed_case ADD COLUMN seq int, ADD COLUMN reference text`);
  await q(
    `UPDATE seed_case s SET seq = numbered.seq,
            reference = upper(t.code) || '-' || s.year || '-' || lpad(numbered.seq::text, 5, '0')
       FROM (SELECT c.n, coalesce(counter.last_value, 0)
                         + row_number() OVER (PARTITION BY c.territory_id, c.year ORDER BY c.t_sub, c.n) AS seq
               FROM seed_case c
               LEFT JOIN case_counter counter ON counter.territory_id = c.territory_id AND counter.year = c.year) numbered,
            seed_territory t
      WHERE numbered.n = s.n AND t.t = s.t`,
  );
  await q('CREATE INDEX ON seed_case (case_id)');
  await q('ANALYZE seed_case');
}

async function insertPeopleAndProjects(q) {
  await q(
    `INSERT INTO app_user (id, email, first_name, last_name, role, territory_id, status, locale, terms_accepted_at,
                           created_at, updated_at)
     SELECT holder_id, 'porteur.' || n || '@${SEED_DOMAIN}', holder_first, holder_last, 'holder', territory_id,
            'active', 'fr', t_sub - interval '3 days', t_sub - interval '3 days', t_sub - interval '3 days'
       FROM seed_case
     UNION ALL
     SELECT coholder_id, 'coporteur.' || n || '@${SEED_DOMAIN}', coholder_first, holder_last, 'holder', territory_id,
            'active', 'fr', t_sub - interval '2 days', t_sub - interval '2 days', t_sub - interval '2 days'
       FROM seed_case WHERE coholder_id IS NOT NULL`,
  );
  await q(
    `INSERT INTO project (id, territory_id, name, summary, legal_form, sector, stage, commune_code, jobs_now,
                          jobs_planned, funding_need_cents, created_at, updated_at)
     SELECT project_id, territory_id, project_name,
            'Un projet d’utilité sociale porté par ' || holder_first || ' ' || holder_last || '.',
            legal_form, sector, project_stage, commune_code, jobs_now, jobs_planned, funding_need_cents,
            t_sub - interval '3 days', t_sub - interval '3 days'
       FROM seed_case`,
  );
  await q(
    `INSERT INTO project_member (project_id, user_id, role, created_at)
     SELECT project_id, holder_id, 'owner', t_sub - interval '3 days' FROM seed_case
     UNION ALL
     SELECT project_id, coholder_id, 'co_holder', t_sub - interval '2 days' FROM seed_case WHERE coholder_id IS NOT NULL`,
  );
  const needProfile = domain.computeNeedProfile(DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS);
  await q(
    `INSERT INTO diagnostic (id, territory_id, project_id, questionnaire_version_id, answers, status, started_by_id,
                             submitted_at, need_profile, matches, created_at, updated_at)
     SELECT diagnostic_id, territory_id, project_id, version_id, $1::jsonb, 'submitted', holder_id,
            t_sub, $2::jsonb, '[]'::jsonb, t_sub - interval '2 days', t_sub
       FROM seed_case`,
    [JSON.stringify(TYPICAL_ANSWERS), JSON.stringify(needProfile)],
  );
}

async function insertCaseRecords(q) {
  // A time in the case's life, more often late in it (the square root of a uniform draw).
  const within = (from, to) => `${from} + sqrt(random()) * (${to} - ${from})`;
  await q(
    `INSERT INTO orientation (case_id, territory_id, organisation_id, offer_id, message, status, decline_reason,
                              proposed_by_id, answered_by_id, answered_at, completed_at, version, created_at, updated_at)
     SELECT c.case_id, c.territory_id, pa.organisation_id, pa.offer_id,
            'Je vous propose de rencontrer cette structure pour l’accompagnement de votre projet.',
            c.orientation_status,
            CASE WHEN c.orientation_status = 'declined' THEN 'Le projet ne correspond pas à notre accompagnement.' END,
            c.op_id, CASE WHEN c.orientation_status <> 'proposed' THEN c.partner_staff_id END,
            CASE WHEN c.orientation_status <> 'proposed' THEN least(c.t_ori + interval '5 days', now()) END,
            CASE WHEN c.orientation_status = 'completed' THEN least(c.t_ori + interval '90 days', c.t_act) END,
            CASE c.orientation_status WHEN 'proposed' THEN 1 WHEN 'completed' THEN 3 ELSE 2 END,
            c.t_ori, least(c.t_ori + interval '5 days', now())
       FROM seed_case c JOIN seed_partner pa ON pa.t = c.t AND pa.rn = c.partner_rn
      WHERE c.orientation_status IS NOT NULL`,
  );
  // Random values are drawn in the inner select lists: once per row, whatever the plan.
  await q(
    `INSERT INTO case_note (case_id, author_id, visibility, body, created_at, updated_at)
     SELECT case_id, author_id, visibility, body, at, at
       FROM (SELECT c.case_id, coalesce(c.lead_id, c.op_id) AS author_id,
                    CASE WHEN random() < 0.3 THEN 'shared' ELSE 'internal' END AS visibility,
                    ($1::text[])[1 + (c.n + k) % cardinality($1::text[])] AS body, ${within('c.t_sub', 'c.t_act')} AS at
               FROM seed_case c CROSS JOIN LATERAL generate_series(1, c.note_count) k) notes`,
    [NOTE_BODIES],
  );
  // Done tasks spread over the case's life; open ones were planned lately, so some are overdue.
  await q(
    `INSERT INTO case_task (case_id, title, due_date, assignee_id, created_by_id, done_at, done_by_id, version,
                            created_at, updated_at)
     SELECT case_id, title, (created + make_interval(days => 3 + floor(r_due * 27)::int))::date, assignee, assignee,
            CASE WHEN done THEN least(created + make_interval(days => 2 + floor(r_done * 20)::int), t_act) END,
            CASE WHEN done THEN assignee END, CASE WHEN done THEN 2 ELSE 1 END, created, created
       FROM (SELECT x.*,
                    CASE WHEN done THEN x.t_sub + r_created * (x.t_act - x.t_sub)
                         ELSE greatest(x.t_sub, x.t_act - make_interval(secs => 86400 * 25 * r_created)) END AS created
               FROM (SELECT c.case_id, c.t_sub, c.t_act, coalesce(c.lead_id, c.op_id) AS assignee,
                            ($1::text[])[1 + (c.n + k) % cardinality($1::text[])] AS title,
                            c.t_end IS NOT NULL OR random() < 0.55 AS done,
                            random() AS r_created, random() AS r_due, random() AS r_done
                       FROM seed_case c CROSS JOIN LATERAL generate_series(1, c.task_count) k) x) tasks`,
    [TASK_TITLES],
  );
  await q(
    `INSERT INTO case_message (case_id, author_id, body, created_at)
     SELECT c.case_id, CASE WHEN k % 2 = 1 OR c.lead_id IS NULL THEN c.holder_id ELSE c.lead_id END,
            ($1::text[])[1 + (c.n + k) % cardinality($1::text[])],
            -- An open case's latest message is its latest activity.
            CASE WHEN k = 1 AND c.t_end IS NULL THEN c.t_act ELSE ${within('c.t_sub', 'c.t_act')} END
       FROM seed_case c CROSS JOIN LATERAL generate_series(1, c.message_count) k`,
    [MESSAGE_BODIES],
  );
  const categories = Object.keys(DOCUMENT_FILES);
  await q(
    `INSERT INTO case_document (case_id, category, current_version, created_at)
     SELECT c.case_id, ($1::text[])[1 + (c.n * 3 + k) % cardinality($1::text[])], CASE WHEN random() < 0.2 THEN 2 ELSE 1 END,
            ${within('c.t_sub', 'c.t_act')}
       FROM seed_case c CROSS JOIN LATERAL generate_series(1, c.document_count) k`,
    [categories],
  );
  await q(
    `INSERT INTO case_document_version (document_id, version, storage_key, file_name, content_type, size_bytes, sha256,
                                        uploaded_by_id, created_at)
     SELECT d.id, v, 'seed/' || d.id || '/' || v, ($1::jsonb -> d.category ->> 0), ($1::jsonb -> d.category ->> 1),
            20000 + floor(random() * 2000000)::bigint, encode(sha256(convert_to(d.id::text || v, 'UTF8')), 'hex'),
            c.holder_id, least(d.created_at + make_interval(days => (v - 1) * 7), now())
       FROM case_document d JOIN seed_case c ON c.case_id = d.case_id
       CROSS JOIN LATERAL generate_series(1, d.current_version) v`,
    [JSON.stringify(DOCUMENT_FILES)],
  );
}

/** The timeline, as the app writes it: kinds, visibility and payloads of the contract's "Events". */
async function insertEvents(q) {
  const event = (select) =>
    q(
      `INSERT INTO case_event (case_id, territory_id, kind, visibility, actor_id, payload, created_at) ${select}`,
    );
  await event(
    `SELECT case_id, territory_id, 'submitted', 'shared', holder_id,
            jsonb_build_object('diagnosticId', diagnostic_id, 'reference', reference), t_sub
       FROM seed_case`,
  );
  await event(
    `SELECT case_id, territory_id, 'assigned', 'internal', op_id,
            jsonb_build_object('leadAdvisorId', lead_id, 'followerIds',
                               CASE WHEN follower_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(follower_id) END),
            CASE WHEN w = 0 THEN t_sub + (t_act - t_sub) / 2 ELSE t_ori - interval '1 minute' END
       FROM seed_case WHERE lead_id IS NOT NULL`,
  );
  await event(
    `SELECT c.case_id, c.territory_id, 'stage_changed', 'shared', coalesce(c.lead_id, c.op_id),
            jsonb_build_object('from', m.from_stage, 'to', m.to_stage, 'move', m.move), m.at
       FROM seed_case c CROSS JOIN LATERAL (VALUES
              (1, 'submitted', 'orientation', 'take', c.t_ori),
              (2, 'orientation', 'accompaniment', 'advance', c.t_acc),
              (3, 'accompaniment', 'funding', 'advance', c.t_fun)) m(level, from_stage, to_stage, move, at)
      WHERE m.level <= c.w
     UNION ALL
     SELECT case_id, territory_id, 'stage_changed', 'shared', coalesce(lead_id, op_id),
            jsonb_build_object('from', left_stage, 'to', stage, 'move', CASE stage WHEN 'closed' THEN 'close' ELSE 'hold' END,
                               'reason', CASE stage WHEN 'closed' THEN 'Accompagnement terminé.' ELSE 'En attente de pièces du porteur.' END)
            || CASE WHEN closure_outcome IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('outcome', closure_outcome) END,
            t_end
       FROM seed_case WHERE t_end IS NOT NULL`,
  );
  await event(
    `SELECT n.case_id, c.territory_id, 'note_added', n.visibility, n.author_id, jsonb_build_object('noteId', n.id), n.created_at
       FROM case_note n JOIN seed_case c ON c.case_id = n.case_id`,
  );
  await event(
    `SELECT t.case_id, c.territory_id, 'task_added', 'internal', t.created_by_id,
            jsonb_build_object('taskId', t.id, 'title', t.title), t.created_at
       FROM case_task t JOIN seed_case c ON c.case_id = t.case_id
     UNION ALL
     SELECT t.case_id, c.territory_id, 'task_done', 'internal', t.done_by_id,
            jsonb_build_object('taskId', t.id, 'title', t.title), t.done_at
       FROM case_task t JOIN seed_case c ON c.case_id = t.case_id WHERE t.done_at IS NOT NULL`,
  );
  await event(
    `SELECT m.case_id, c.territory_id, 'message_posted', 'shared', m.author_id, jsonb_build_object('messageId', m.id),
            m.created_at
       FROM case_message m JOIN seed_case c ON c.case_id = m.case_id`,
  );
  await event(
    `SELECT d.case_id, c.territory_id, 'document_uploaded', 'shared', v.uploaded_by_id,
            jsonb_build_object('documentId', d.id, 'version', v.version, 'category', d.category, 'fileName', v.file_name),
            v.created_at
       FROM case_document d JOIN seed_case c ON c.case_id = d.case_id
       JOIN case_document_version v ON v.document_id = d.id`,
  );
  await event(
    `SELECT o.case_id, o.territory_id, 'orientation_' || e.kind, 'shared', e.actor,
            jsonb_build_object('orientationId', o.id, 'organisationName', pa.organisation_name, 'offerName', pa.offer_name)
              || CASE WHEN e.kind = 'declined' THEN jsonb_build_object('reason', o.decline_reason) ELSE '{}'::jsonb END,
            e.at
       FROM orientation o JOIN seed_case c ON c.case_id = o.case_id
       JOIN seed_partner pa ON pa.t = c.t AND pa.organisation_id = o.organisation_id
       CROSS JOIN LATERAL (VALUES ('proposed', o.proposed_by_id, o.created_at),
                                  (CASE WHEN o.status = 'declined' THEN 'declined' ELSE 'accepted' END, o.answered_by_id, o.answered_at),
                                  ('completed', o.answered_by_id, o.completed_at)) e(kind, actor, at)
      WHERE e.at IS NOT NULL`,
  );
}

async function printCounts(dataSource) {
  const tables = [
    'territory',
    'app_user',
    'project',
    'case_file',
    'case_event',
    'case_note',
    'case_task',
    'case_message',
    'case_document',
    'case_document_version',
    'orientation',
  ];
  const [counts] = await dataSource.query(
    `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`,
  );
  console.log(
    Object.entries(counts)
      .map(([table, count]) => `  ${table.padEnd(22)} ${count}`)
      .join('\n'),
  );
  const [open] = await dataSource.query(
    `SELECT count(*)::int AS overdue FROM case_task WHERE done_at IS NULL AND due_date < (now() AT TIME ZONE 'Europe/Paris')::date`,
  );
  console.log(`  overdue open tasks     ${open.overdue}`);
}

function option(name) {
  const index = process.argv.indexOf(name);
  if (index >= 0) return process.argv[index + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`${name}=`));
  return inline?.split('=')[1];
}

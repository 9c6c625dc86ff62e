import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@essaim/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, type RunnableConfig } from '../src/app';
import { PasswordsService } from '../src/auth/passwords.service';
import { loadConfig } from '../src/config/env';
import { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import { User } from '../src/users/user.entity';
import {
  cloneTemplate,
  databaseUrl,
  dropDatabase,
  TEST_SERVER_URL_ENV,
  TEST_TEMPLATE_ENV,
  uniqueName,
} from './test-database';

export const TEST_PASSWORD = 'Correct horse battery staple';

export type Agent = ReturnType<typeof request.agent>;

export interface TestContext {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: RunnableConfig;
  /** A cookie-keeping client that already holds its CSRF token and sends it. */
  agent(): Promise<Agent>;
  newTerritory(overrides?: Partial<Territory>): Promise<Territory>;
  newOrganisation(territory: Territory, overrides?: Partial<Organisation>): Promise<Organisation>;
  newUser(overrides?: Partial<User> & { password?: string }): Promise<User>;
  /** Logs in as the given user, or as a new user of that role in a new territory. */
  loginAs(who: Role | User): Promise<Agent>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
}

/** A real app on a database cloned from the migrated template, one per test file. */
export async function createTestContext(options: TestAppOptions = {}): Promise<TestContext> {
  const serverUrl = requiredEnv(TEST_SERVER_URL_ENV);
  const database = await cloneTemplate(serverUrl, requiredEnv(TEST_TEMPLATE_ENV));
  const url = databaseUrl(serverUrl, database);
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      SESSION_SECRET: 'test-session-secret-that-is-long-enough',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      WEB_DIST_DIR: 'tmp/no-web-build',
      ...options.env,
    }),
    databaseUrl: url,
  };
  const app = await createApp(config);
  const dataSource = app.get(DataSource);
  const passwords = app.get(PasswordsService);
  const defaultHash = passwords.hash(TEST_PASSWORD);

  /** The territory's operator organisation, created on first need. */
  async function operatorOf(territoryId: string): Promise<string> {
    const territory = await dataSource.getRepository(Territory).findOneByOrFail({ id: territoryId });
    if (territory.operatorOrganisationId) return territory.operatorOrganisationId;
    const operator = await dataSource
      .getRepository(Organisation)
      .save({ territoryId, name: uniqueName('CRESS'), kind: 'support' });
    await dataSource.getRepository(Territory).update(territoryId, { operatorOrganisationId: operator.id });
    return operator.id;
  }

  const context: TestContext = {
    app,
    dataSource,
    config,
    agent() {
      return agentOf(app);
    },
    newTerritory(overrides = {}) {
      const code = uniqueName('t').slice(0, 16);
      return dataSource
        .getRepository(Territory)
        .save({ code, name: `Territoire ${code}`, settings: {}, ...overrides });
    },
    newOrganisation(territory, overrides = {}) {
      return dataSource
        .getRepository(Organisation)
        .save({ territoryId: territory.id, name: uniqueName('Structure'), kind: 'support', ...overrides });
    },
    async newUser({ password, ...overrides } = {}) {
      const role = overrides.role ?? 'holder';
      const territoryId =
        overrides.territoryId !== undefined
          ? overrides.territoryId
          : role === 'platform_admin'
            ? null
            : (await context.newTerritory()).id;
      // An advisor belongs to the territory's operator (the CRESS) unless the test says which
      // organisation: the operator's advisors see every case of the territory.
      const organisationId =
        overrides.organisationId !== undefined || role !== 'advisor' || !territoryId
          ? overrides.organisationId
          : await operatorOf(territoryId);
      const saved = await dataSource.getRepository(User).save({
        email: `${uniqueName('user')}@example.org`,
        firstName: 'Camille',
        lastName: 'Durand',
        status: 'active',
        locale: 'fr',
        termsAcceptedAt: new Date(),
        emailConfirmedAt: new Date(),
        ...overrides,
        role,
        territoryId,
        ...(organisationId !== undefined ? { organisationId } : {}),
        passwordHash: password ? await passwords.hash(password) : await defaultHash,
      });
      return saved;
    },
    async loginAs(who) {
      const user = typeof who === 'string' ? await context.newUser({ role: who }) : who;
      const agent = await context.agent();
      await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
      return agent;
    },
    async close() {
      await app.close();
      await dropDatabase(serverUrl, database);
    },
  };
  return context;
}

/** A cookie-keeping client of this app that already holds its CSRF token and sends it. */
export async function agentOf(app: NestExpressApplication): Promise<Agent> {
  const agent = request.agent(app.getHttpServer());
  const response = await agent.get('/api/meta');
  const token = /XSRF-TOKEN=([^;]+)/.exec(String(response.headers['set-cookie'] ?? ''))?.[1];
  if (token) agent.set('X-XSRF-TOKEN', token);
  return agent;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run integration tests through jest.integration.config.ts.`);
  return value;
}

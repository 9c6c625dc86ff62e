import { randomUUID } from 'node:crypto';
import { METHODS } from 'node:http';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ROLES, type Role } from '@essaim/domain';
import { assertEveryRouteDeclaresAccess, declaredRoutes } from '../src/common/route-access';
import type { User } from '../src/users/user.entity';
import { type Agent, createTestContext, type TestContext } from './test-app';

import { CALLERS, type Caller, CASE_STAFF, EVERYONE, LOGGED_IN } from './route-table/callers';
import { CASE_CONTENT_ROUTES } from './route-table/case-content';
import { CASE_DOCUMENTS_ROUTES } from './route-table/case-documents';
import { CASE_LISTS_ROUTES } from './route-table/case-lists';
import { MAIL_ROUTES } from './route-table/mail';
import { EMAIL_CONFIRMATION_ROUTES, NOTIFICATIONS_ROUTES } from './route-table/notifications';
import { ORIENTATIONS_ROUTES } from './route-table/orientations';
import { REFERRALS_ROUTES } from './route-table/referrals';
import { STAFF_ROUTES } from './route-table/staff';

/**
 * Who may call each route of the app. Every route of the running app must have a row here (or
 * in one of the files of route-table/, one per area), and every row must be a route: a new
 * route without a row fails this test.
 */
const ROUTE_TABLE: Record<string, readonly Caller[]> = {
  ...CASE_CONTENT_ROUTES,
  ...CASE_DOCUMENTS_ROUTES,
  ...ORIENTATIONS_ROUTES,
  ...REFERRALS_ROUTES,
  ...CASE_LISTS_ROUTES,
  ...STAFF_ROUTES,
  ...NOTIFICATIONS_ROUTES,
  ...EMAIL_CONFIRMATION_ROUTES,
  ...MAIL_ROUTES,
  'GET /api/health': EVERYONE,
  'GET /api/meta': EVERYONE,
  'GET /api/territories': EVERYONE,
  'POST /api/auth/signup': EVERYONE,
  'POST /api/auth/login': EVERYONE,
  'POST /api/auth/logout': EVERYONE,
  'GET /api/auth/me': LOGGED_IN,
  'PATCH /api/auth/me': LOGGED_IN,
  'POST /api/auth/password-reset/request': EVERYONE,
  'POST /api/auth/password-reset/confirm': EVERYONE,
  // Directory: public search and pages; management by the territory's admins.
  'GET /api/directory/offers': EVERYONE,
  'GET /api/directory/organisations': EVERYONE,
  'GET /api/directory/organisations/:id': EVERYONE,
  'GET /api/territories/:code/communes': EVERYONE,
  'GET /api/admin/organisations': ['territory_admin'],
  'POST /api/admin/organisations': ['territory_admin'],
  'GET /api/admin/organisations/:id': ['territory_admin'],
  'PATCH /api/admin/organisations/:id': ['territory_admin'],
  'POST /api/admin/organisations/:id/offers': ['territory_admin'],
  'PATCH /api/admin/offers/:id': ['territory_admin'],
  // Holder journey: projects, questionnaire, diagnostics, cases. Routes open to every logged-in
  // user check the record (holder of the project, or staff of its territory): others get a 404.
  'GET /api/projects': ['holder'],
  'POST /api/projects': ['holder'],
  'GET /api/projects/:id': LOGGED_IN,
  'PATCH /api/projects/:id': ['holder'],
  'POST /api/projects/:id/invitations': ['holder'],
  'POST /api/project-invitations/accept': ['holder'],
  'GET /api/questionnaire': ['holder'],
  'GET /api/admin/questionnaire': ['territory_admin'],
  'PUT /api/admin/questionnaire/draft': ['territory_admin'],
  'POST /api/admin/questionnaire/publish': ['territory_admin'],
  'GET /api/admin/questionnaire/versions/:number': ['territory_admin'],
  'POST /api/projects/:id/diagnostics': ['holder'],
  'GET /api/projects/:id/diagnostics': LOGGED_IN,
  'GET /api/diagnostics/:id': LOGGED_IN,
  'PUT /api/diagnostics/:id/answers/:questionKey': ['holder'],
  'DELETE /api/diagnostics/:id/answers/:questionKey': ['holder'],
  'POST /api/diagnostics/:id/submit': ['holder'],
  'GET /api/diagnostics/:id/results': LOGGED_IN,
  'GET /api/cases': ['holder'],
  'GET /api/cases/:id': LOGGED_IN,
  'PATCH /api/cases/:id': CASE_STAFF,
  'POST /api/cases/:id/moves': CASE_STAFF,
  'POST /api/cases/:id/assignment': CASE_STAFF,
  // OpenAPI document and its viewer, served by @nestjs/swagger.
  'GET /api/docs': EVERYONE,
  'GET /api/docs/': EVERYONE,
  'GET /api/docs/index.html': EVERYONE,
  'GET /api/docs/LICENSE': EVERYONE,
  'GET /api/docs/swagger-ui-init.js': EVERYONE,
  'GET /api/docs/docs/swagger-ui-init.js': EVERYONE,
  'GET /api/openapi.json': EVERYONE,
  'GET /api/openapi.yaml': EVERYONE,
};

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * The routes the running Express app really answers, whatever registered them. A layer that
 * takes every HTTP method is how Nest mounts middleware (the logger's), not an endpoint.
 */
function mountedRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route && Object.keys(layer.route.methods).length < METHODS.length
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}

describe('route × role access table', () => {
  let ctx: TestContext;
  const users = new Map<Role, User>();

  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    for (const role of ROLES) {
      users.set(
        role,
        await ctx.newUser({ role, territoryId: role === 'platform_admin' ? null : territory.id }),
      );
    }
  });
  afterAll(() => ctx.close());

  it('has exactly one row for every route of the running app', () => {
    const routes = [...new Set(mountedRoutes(ctx.app))].sort();
    expect(routes).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  it('covers every controller route, with the access the controller declares', () => {
    for (const route of declaredRoutes(ctx.app)) {
      const allowed = ROUTE_TABLE[`${route.method} ${route.path}`];
      expect(allowed).toBeDefined();
      expect(allowed.includes('anonymous')).toBe(route.access?.kind === 'public');
    }
  });

  async function callerAgent(caller: Caller): Promise<Agent> {
    if (caller === 'anonymous') return ctx.agent();
    return ctx.loginAs(users.get(caller)!);
  }

  const cells = Object.entries(ROUTE_TABLE).flatMap(([route, allowed]) =>
    CALLERS.map((caller) => [route, caller, allowed.includes(caller)] as const),
  );

  it.each(cells)('%s as %s: allowed=%s', async (route, caller, allowed) => {
    const [method, path] = route.split(' ') as [string, string];
    const agent = await callerAgent(caller);
    const url = path.replace(/:\w+/g, randomUUID());
    const response = await agent[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](
      url,
    ).send({});
    if (allowed) {
      expect([401, 403]).not.toContain(response.status);
    } else {
      expect(response.status).toBe(caller === 'anonymous' ? 401 : 403);
    }
  });
});

describe('deny by default', () => {
  @Controller('undeclared')
  class UndeclaredController {
    @Get()
    open(): string {
      return 'nobody said who may call this';
    }
  }

  it('refuses to start an app with a route that declares no access rule', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [UndeclaredController],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    expect(() => assertEveryRouteDeclaresAccess(app)).toThrow('GET /api/undeclared');
    await app.close();
  });
});

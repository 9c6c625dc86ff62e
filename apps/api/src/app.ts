import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { HttpLogger } from 'pino-http';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ERROR_STATUS } from './common/app-error';
import { CsrfMiddleware } from './common/csrf.middleware';
import { jsonBody } from './common/json-body';
import { HTTP_LOGGER } from './common/logging';
import { requestId } from './common/request-id';
import { assertEveryRouteDeclaresAccess } from './common/route-access';
import { SessionMiddleware } from './common/session.middleware';
import { serveSpa } from './common/spa';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/env';

export type RunnableConfig = AppConfig & { databaseUrl: string };

/** Builds the whole HTTP app; main.ts and the integration tests share it. */
export async function createApp(config: RunnableConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.use(requestId);
  app.use(app.get<HttpLogger>(HTTP_LOGGER));
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine sets CSS variables through a style element.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.trustProxy,
    }),
  );
  app.use(...jsonBody);
  app.use(cookieParser());
  // Plain Express middleware rather than Nest's: Nest mounts its middleware as catch-all routes.
  // CSRF first: a forged request is refused before its session is even loaded.
  const sessions = app.get(SessionMiddleware);
  const csrf = new CsrfMiddleware();
  app.use('/api', (request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/health') return next();
    csrf.use(request, response, (error?: unknown) =>
      error ? next(error) : sessions.use(request, response, next),
    );
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  SwaggerModule.setup('api/docs', app, openApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  serveSpa(app, config.webDistDir);
  await app.init();
  assertEveryRouteDeclaresAccess(app);
  return app;
}

/** The OpenAPI document without a database: Nest's preview mode builds no provider. */
export async function buildOpenApiDocument(config: RunnableConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  return openApiDocument(app);
}

function openApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Essaim API')
    .setDescription(
      'Case management for the social and solidarity economy. Session cookie auth; every state-changing ' +
        'request echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('essaim.sid')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return withErrorResponses(document);
}

/** Every operation may answer with the one error shape of the error filter. */
function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = { ...document.components.schemas, ErrorDto: ERROR_SCHEMA };
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      if (!operation) continue;
      operation.responses['default'] = {
        description:
          'An error: 400 bad input (details name each field), 401, 403, 404, 409, 413 too large, 415 file type refused, 429 (Retry-After), 5xx.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorDto' } } },
      };
    }
  }
  return document;
}

type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const ERROR_SCHEMA: Schema = {
  type: 'object',
  required: ['statusCode', 'error', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    message: { type: 'string' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'reason', 'message'],
        properties: { field: { type: 'string' }, reason: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string' },
  },
};

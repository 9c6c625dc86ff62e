/**
 * PROVISIONAL, written by hand in openapi-typescript's shape until `npm run api-client:generate`
 * overwrites it with the types generated from the API's OpenAPI document.
 */

export interface paths {
  '/api/meta': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['MetaController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/territories': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['TerritoriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['AuthController_updateMe'];
    trace?: never;
  };
  '/api/auth/login': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/signup': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations['AuthController_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations['AuthController_requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: operations['AuthController_confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    ErrorDetailDto: {
      /** @example email */
      field: string;
      /** @example isEmail */
      reason: string;
      message: string;
    };
    ErrorDto: {
      statusCode: number;
      /** @example validation_failed */
      error: string;
      message: string;
      details?: components['schemas']['ErrorDetailDto'][];
      requestId: string;
    };
    TerritoryDto: {
      /** @example pdl */
      code: string;
      /** @example Pays de la Loire */
      name: string;
    };
    OrganisationSummaryDto: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'support' | 'funder' | 'both';
    };
    MeDto: {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      /** @enum {string} */
      role: 'holder' | 'advisor' | 'funder' | 'territory_admin' | 'platform_admin';
      /** @enum {string} */
      locale: 'fr' | 'en';
      territory: components['schemas']['TerritoryDto'] | null;
      organisation: components['schemas']['OrganisationSummaryDto'] | null;
    };
    DemoAccountDto: {
      email: string;
      /** @enum {string} */
      role: 'holder' | 'advisor' | 'funder' | 'territory_admin' | 'platform_admin';
    };
    MetaDto: {
      demoMode: boolean;
      demoPassword?: string;
      demoAccounts: components['schemas']['DemoAccountDto'][];
    };
    LoginDto: {
      email: string;
      password: string;
    };
    SignupDto: {
      email: string;
      password: string;
      firstName: string;
      lastName: string;
      territoryCode: string;
      acceptTerms: boolean;
    };
    PasswordResetRequestDto: {
      email: string;
    };
    PasswordResetConfirmDto: {
      token: string;
      password: string;
    };
    UpdateMeDto: {
      /** @enum {string} */
      locale?: 'fr' | 'en';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

type JsonResponse<T> = {
  headers: { [name: string]: unknown };
  content: { 'application/json': T };
};
type EmptyResponse = {
  headers: { [name: string]: unknown };
  content?: never;
};
type ErrorResponse = JsonResponse<components['schemas']['ErrorDto']>;

export interface operations {
  MetaController_get: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonResponse<components['schemas']['MetaDto']> };
  };
  TerritoriesController_list: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonResponse<components['schemas']['TerritoryDto'][]> };
  };
  AuthController_me: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 200: JsonResponse<components['schemas']['MeDto']>; 401: ErrorResponse };
  };
  AuthController_updateMe: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['UpdateMeDto'] } };
    responses: {
      200: JsonResponse<components['schemas']['MeDto']>;
      400: ErrorResponse;
      401: ErrorResponse;
      403: ErrorResponse;
    };
  };
  AuthController_login: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['LoginDto'] } };
    responses: {
      200: JsonResponse<components['schemas']['MeDto']>;
      400: ErrorResponse;
      401: ErrorResponse;
      403: ErrorResponse;
      429: ErrorResponse;
    };
  };
  AuthController_signup: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['SignupDto'] } };
    responses: {
      201: JsonResponse<components['schemas']['MeDto']>;
      400: ErrorResponse;
      403: ErrorResponse;
      409: ErrorResponse;
      429: ErrorResponse;
    };
  };
  AuthController_logout: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: { 204: EmptyResponse; 403: ErrorResponse };
  };
  AuthController_requestPasswordReset: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['PasswordResetRequestDto'] } };
    responses: { 202: EmptyResponse; 400: ErrorResponse; 403: ErrorResponse; 429: ErrorResponse };
  };
  AuthController_confirmPasswordReset: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': components['schemas']['PasswordResetConfirmDto'] } };
    responses: { 204: EmptyResponse; 400: ErrorResponse; 403: ErrorResponse; 429: ErrorResponse };
  };
}

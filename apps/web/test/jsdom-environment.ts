import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom has no fetch API. The app's client (openapi-fetch) builds `Request`s and reads `Response`s,
 * so tests get Node's own implementations; tests then replace `fetch` with a mock.
 */
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    const target = this.global as unknown as Record<string, unknown>;
    for (const name of [
      'fetch',
      'Request',
      'Response',
      'Headers',
      'FormData',
      'AbortController',
      'AbortSignal',
      'ReadableStream',
      'TextEncoder',
      'TextDecoder',
      'structuredClone',
    ] as const) {
      target[name] = globalThis[name];
    }
  }
}

// Shapes the API answers with, and an XMLHttpRequest that goes through the mocked fetch, for the
// specs of the case page and of the holder's case view.
import { File as NodeFile } from 'node:buffer';

import type { CaseDto, CaseEventDto, PersonDto } from '../../api/cases';
import type { DocumentDto } from '../../api/documents';

export const LEA: PersonDto = { id: 'user-advisor', firstName: 'Léa', lastName: 'Bernard' };
export const MARC: PersonDto = { id: 'user-marc', firstName: 'Marc', lastName: 'Petit' };
export const CAMILLE: PersonDto = { id: 'user-holder', firstName: 'Camille', lastName: 'Martin' };

export function caseDto(overrides: Partial<CaseDto> = {}): CaseDto {
  return {
    id: 'case-1',
    reference: 'PDL-2026-00042',
    stage: 'orientation',
    stageEnteredAt: { submitted: '2026-03-04T15:30:00.000Z', orientation: '2026-03-06T09:00:00.000Z' },
    submittedAt: '2026-03-04T15:30:00.000Z',
    project: {
      id: 'proj-1',
      name: 'La Recyclerie du Val',
      summary: 'Une ressourcerie associative.',
      legalForm: 'association',
      sector: 'circular_economy',
      stage: 'creation',
      commune: { code: '44109', name: 'Nantes' },
    },
    holders: [CAMILLE],
    diagnosticId: 'diag-1',
    priority: 'normal',
    lastEventAt: '2026-03-06T09:00:00.000Z',
    events: [],
    version: 3,
    leadAdvisorId: LEA.id,
    leadAdvisor: LEA,
    followerIds: [],
    followers: [],
    caseAdvisor: true,
    closureOutcome: null,
    moves: [],
    ...overrides,
  };
}

export function eventDto(overrides: Partial<CaseEventDto> & Pick<CaseEventDto, 'id' | 'kind'>): CaseEventDto {
  return {
    actor: LEA,
    visibility: 'shared',
    createdAt: '2026-03-06T09:00:00.000Z',
    payload: {},
    ...overrides,
  };
}

export function documentDto(overrides: Partial<DocumentDto> = {}): DocumentDto {
  return {
    id: 'doc-1',
    category: 'statutes',
    messageId: null,
    createdAt: '2026-03-07T10:00:00.000Z',
    currentVersion: 1,
    versions: [
      {
        version: 1,
        fileName: 'statuts.pdf',
        contentType: 'application/pdf',
        sizeBytes: 48_000,
        sha256: 'a'.repeat(64),
        uploadedBy: CAMILLE,
        createdAt: '2026-03-07T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** A file as the browser's file picker gives it (Node's File: the fetch mock can read it back). */
export function pickedFile(name: string, type = 'application/pdf'): File {
  return new NodeFile(['%PDF-1.7 test'], name, { type }) as unknown as File;
}

/**
 * jsdom's XMLHttpRequest would go to the network: this one sends the request to the mocked
 * `fetch`, reports the whole upload as done, then answers with what the mock answered.
 */
class FetchBackedXhr {
  status = 0;
  responseText = '';
  private method = 'GET';
  private url = '';
  private readonly headers = new Headers();
  private responseHeaders = new Headers();
  private readonly listeners = new Map<string, (() => void)[]>();
  readonly upload = {
    progressListeners: [] as ((event: {
      lengthComputable: boolean;
      loaded: number;
      total: number;
    }) => void)[],
    addEventListener(_type: 'progress', listener: (event: ProgressEvent) => void) {
      this.progressListeners.push(listener as never);
    },
  };

  open(method: string, url: string) {
    this.method = method;
    this.url = new URL(url, window.location.href).toString();
  }

  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }

  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  getAllResponseHeaders(): string {
    return [...this.responseHeaders.entries()].map(([name, value]) => `${name}: ${value}`).join('\r\n');
  }

  send(body: FormData) {
    const request = new Request(this.url, { method: this.method, headers: this.headers, body });
    void (async () => {
      try {
        const response = await globalThis.fetch(request);
        this.upload.progressListeners.forEach((listener) =>
          listener({ lengthComputable: true, loaded: 1, total: 1 }),
        );
        this.status = response.status;
        this.responseText = await response.text();
        this.responseHeaders = response.headers;
        this.listeners.get('load')?.forEach((listener) => listener());
      } catch {
        this.listeners.get('error')?.forEach((listener) => listener());
      }
    })();
  }
}

/** Uploads (XMLHttpRequest) go through the mocked API like every other call. */
export function routeUploadsThroughFetch() {
  window.XMLHttpRequest = FetchBackedXhr as unknown as typeof XMLHttpRequest;
}

import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  readCookie,
  toApiError,
  unwrap,
  type components,
} from '@essaim/api-client';
import type { DocumentCategory } from '@essaim/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { caseQueryKey } from './cases';
import { api } from './client';

export type DocumentDto = components['schemas']['DocumentDto'];
export type DocumentVersionDto = components['schemas']['DocumentVersionDto'];

const documentsQueryKey = (caseId: string) => [...caseQueryKey(caseId), 'documents'] as const;

function fetchDocuments(caseId: string) {
  return unwrap(api.GET('/api/cases/{id}/documents', { params: { path: { id: caseId } } }));
}

/** The case's documents, newest first, each with its versions. */
export function useDocuments(caseId: string) {
  return useQuery({ queryKey: documentsQueryKey(caseId), queryFn: () => fetchDocuments(caseId) });
}

/** Where the browser downloads a document (the latest version unless one is given). */
export function documentDownloadUrl(documentId: string, version?: number): string {
  const query = version === undefined ? '' : `?version=${version}`;
  return `/api/documents/${encodeURIComponent(documentId)}/download${query}`;
}

export interface UploadInput {
  file: File;
  category: DocumentCategory;
  /** Uploads a new version of this document instead of a new document. */
  documentId?: string;
}

/** The CSRF token the API expects on writes; a first GET sets its cookie when no response has yet. */
export async function csrfToken(): Promise<string | null> {
  const token = readCookie(CSRF_COOKIE);
  if (token !== null) return token;
  await fetch('/api/meta', { credentials: 'same-origin' }).catch(() => undefined);
  return readCookie(CSRF_COOKIE);
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const index = line.indexOf(':');
    if (index > 0) headers.append(line.slice(0, index).trim(), line.slice(index + 1).trim());
  }
  return headers;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends one file (multipart) with XMLHttpRequest rather than fetch: only it reports the upload's
 * progress, which a large file on a slow connection needs. Errors are the client's ApiError.
 */
export async function uploadDocument(
  caseId: string,
  input: UploadInput,
  onProgress: (fraction: number) => void,
): Promise<DocumentDto> {
  const token = await csrfToken();
  const form = new FormData();
  form.append('category', input.category);
  if (input.documentId !== undefined) form.append('documentId', input.documentId);
  form.append('file', input.file, input.file.name);
  return new Promise<DocumentDto>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${encodeURIComponent(caseId)}/documents`);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token !== null) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as DocumentDto);
        return;
      }
      reject(toApiError(new Response(null, { status: xhr.status, headers: responseHeaders(xhr) }), body));
    });
    const networkError = () =>
      reject(new ApiError({ status: 0, code: 'network_error', message: 'Upload failed' }));
    xhr.addEventListener('error', networkError);
    xhr.addEventListener('abort', networkError);
    xhr.send(form);
  });
}

/** Uploads a file to the case, keeping its progress (0 to 1) for the screen. */
export function useUploadDocument(caseId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(caseId, input, setProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
    // The next upload starts from nothing.
    onSettled: () => setProgress(0),
  });
  return { ...mutation, progress };
}

import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { apiError, json, meFor, mockApi, type Handler } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

import { CAMILLE, caseDto, documentDto, LEA, pickedFile, routeUploadsThroughFetch } from './test-fixtures';

beforeAll(routeUploadsThroughFetch);

/** A date and time as the page writes it, in the time zone the tests run in. */
const at = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

function staffApi(handlers: Record<string, Handler>) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('advisor', { id: LEA.id, firstName: 'Léa', lastName: 'Bernard' })),
    'GET /api/cases/case-1': () => json(caseDto()),
    'GET /api/cases/case-1/messages': () => json({ items: [], unreadCount: 0 }),
    'GET /api/cases/case-1/documents': () => json([]),
    ...handlers,
  });
}

/** Chooses files in the file picker of the form (or the part of the page) given. */
function chooseFiles(scope: HTMLElement, ...files: File[]) {
  const input = scope.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input here');
  fireEvent.change(input, { target: { files } });
}

async function uploadOnDocumentsTab(answer: Handler, fileName: string) {
  staffApi({ 'POST /api/cases/case-1/documents': answer });
  renderApp('/app/cases/case-1?tab=documents');
  const form = (await screen.findByRole('heading', { name: 'Ajouter un document' })).closest('section');
  if (!form) throw new Error('no upload form');
  chooseFiles(form, pickedFile(fileName));
  fireEvent.click(within(form).getByRole('button', { name: 'Envoyer le document' }));
  return form;
}

describe('uploading documents to a case', () => {
  it('says in plain words which types of file are accepted when the API refuses the type (415)', async () => {
    await uploadOnDocumentsTab(() => apiError(415, 'unsupported_media_type'), 'photo.heic');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      "« photo.heic » n'a pas été envoyé. Ce type de fichier n'est pas accepté : envoyez un PDF, une image, un document bureautique ou un CSV.",
    );
  });

  it('says the file is too large, and how to make it smaller (413)', async () => {
    await uploadOnDocumentsTab(() => apiError(413, 'payload_too_large'), 'scan.pdf');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('« scan.pdf » est trop lourd pour être envoyé.');
    expect(alert.textContent).toContain('Réduisez sa taille');
  });

  it('sends the file with the category chosen, then lists it with its version, uploader and size', async () => {
    let sent: FormData | null = null;
    let documents: unknown[] = [];
    staffApi({
      'GET /api/cases/case-1/documents': () => json(documents),
      'POST /api/cases/case-1/documents': async (request) => {
        sent = await request.formData();
        documents = [documentDto({ category: 'budget' })];
        return json(documents[0], { status: 201 });
      },
    });
    renderApp('/app/cases/case-1?tab=documents');

    const form = (await screen.findByRole('heading', { name: 'Ajouter un document' })).closest('section');
    if (!form) throw new Error('no upload form');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Type de document' }), {
      target: { value: 'budget' },
    });
    chooseFiles(form, pickedFile('statuts.pdf'));
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer le document' }));

    expect(await screen.findByText('« statuts.pdf » est ajouté aux documents.')).toBeTruthy();
    expect((sent as FormData | null)?.get('category')).toBe('budget');
    const card = await screen.findByRole('article', { name: 'statuts.pdf' });
    expect(within(card).getByText('Budget prévisionnel')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Télécharger statuts.pdf' }).getAttribute('href')).toBe(
      '/api/documents/doc-1/download',
    );
    expect(
      within(card).getByText(
        `Version 1 · ajoutée par Camille Martin le ${at('2026-03-07T10:00:00.000Z')} · 47 Ko`,
      ),
    ).toBeTruthy();
  });
});

describe('the message thread', () => {
  const thread = {
    items: [
      {
        id: 'm-1',
        body: 'Bonjour, voici nos statuts.',
        author: { ...CAMILLE, side: 'holder' },
        createdAt: '2026-03-07T09:00:00.000Z',
        mine: false,
        readByOtherSide: false,
        attachments: [
          { documentId: 'doc-1', fileName: 'statuts.pdf', contentType: 'application/pdf', sizeBytes: 48_000 },
        ],
      },
      {
        id: 'm-2',
        body: 'Merci, bien reçu.',
        author: { ...LEA, side: 'staff' },
        createdAt: '2026-03-07T10:00:00.000Z',
        mine: true,
        readByOtherSide: true,
        attachments: [],
      },
    ],
    unreadCount: 1,
  };

  it('shows who wrote what with the attachments, "Lu" on my read messages, and marks the thread read once opened', async () => {
    const api = staffApi({
      'GET /api/cases/case-1/messages': () => json(thread),
      'POST /api/cases/case-1/messages/read': () => new Response(null, { status: 204 }),
    });
    renderApp('/app/cases/case-1?tab=messages');

    const received = await screen.findByRole('article', {
      name: `Message de Camille Martin (porteur·se du projet), ${at('2026-03-07T09:00:00.000Z')}`,
    });
    expect(within(received).getByRole('link', { name: 'statuts.pdf' }).getAttribute('href')).toBe(
      '/api/documents/doc-1/download',
    );
    const mine = screen.getByRole('article', {
      name: `Message de Vous, ${at('2026-03-07T10:00:00.000Z')}`,
    });
    expect(within(mine).getByText('Lu')).toBeTruthy();
    await waitFor(() => expect(api.find('POST', '/api/cases/case-1/messages/read')).toHaveLength(1));
  });

  it('uploads each attachment first, then posts the message with their ids', async () => {
    const api = staffApi({
      'POST /api/cases/case-1/documents': () =>
        json(documentDto({ id: 'doc-9', category: 'other' }), { status: 201 }),
      'POST /api/cases/case-1/messages': () =>
        json({ ...thread.items[1], id: 'm-3', body: 'Voici le devis.' }, { status: 201 }),
    });
    renderApp('/app/cases/case-1?tab=messages');

    const composer = (await screen.findByRole('heading', { name: 'Écrire un message' })).closest('section');
    if (!composer) throw new Error('no composer');
    fireEvent.change(within(composer).getByRole('textbox', { name: /Votre message/ }), {
      target: { value: 'Voici le devis.' },
    });
    chooseFiles(composer, pickedFile('devis.pdf'));
    expect(within(composer).getByRole('list', { name: 'Fichiers joints' }).textContent).toContain(
      'devis.pdf',
    );
    fireEvent.click(within(composer).getByRole('button', { name: 'Envoyer' }));

    expect(await screen.findByText('Message envoyé.')).toBeTruthy();
    const upload = api.find('POST', '/api/cases/case-1/documents')[0];
    expect((await upload?.formData())?.get('category')).toBe('other');
    expect(await api.find('POST', '/api/cases/case-1/messages')[0]?.clone().json()).toEqual({
      body: 'Voici le devis.',
      attachmentIds: ['doc-9'],
    });
  });

  it('does not post the message when an attachment is refused, and says why', async () => {
    const api = staffApi({
      'POST /api/cases/case-1/documents': () => apiError(415, 'unsupported_media_type'),
    });
    renderApp('/app/cases/case-1?tab=messages');

    const composer = (await screen.findByRole('heading', { name: 'Écrire un message' })).closest('section');
    if (!composer) throw new Error('no composer');
    fireEvent.change(within(composer).getByRole('textbox', { name: /Votre message/ }), {
      target: { value: 'Voici le programme.' },
    });
    chooseFiles(composer, pickedFile('programme.exe', 'application/octet-stream'));
    fireEvent.click(within(composer).getByRole('button', { name: 'Envoyer' }));

    const alert = await within(composer).findByRole('alert');
    expect(alert.textContent).toContain("Ce type de fichier n'est pas accepté");
    expect(api.find('POST', '/api/cases/case-1/messages')).toHaveLength(0);
  });
});

import type { QuestionnaireDefinition } from '@essaim/domain';
import { fireEvent, screen, within } from '@testing-library/react';

import type { QuestionnaireAdmin } from '../../api/admin';
import { apiError, json, meFor, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';

const VALID: QuestionnaireDefinition = {
  sections: [
    {
      key: 'projet',
      title: { fr: 'Votre projet', en: 'Your project' },
      questions: [
        {
          key: 'statut',
          type: 'yes_no',
          label: { fr: 'Votre structure est-elle déjà créée ?', en: 'Is your organisation already set up?' },
          required: true,
          options: [
            { key: 'yes', label: { fr: 'Oui', en: 'Yes' } },
            { key: 'no', label: { fr: 'Non', en: 'No' }, weights: { legal_structure: 3 } },
          ],
        },
        {
          key: 'financement',
          type: 'single_choice',
          label: { fr: 'Avez-vous besoin de financement ?', en: 'Do you need funding?' },
          required: false,
          options: [
            { key: 'beaucoup', label: { fr: 'Beaucoup', en: 'A lot' }, weights: { funding: 4 } },
            { key: 'peu', label: { fr: 'Un peu', en: 'A little' }, weights: { funding: 1 } },
          ],
        },
      ],
    },
  ],
};

/** The valid draft with two problems: an English label missing, a choice with a single answer. */
const WITH_PROBLEMS: QuestionnaireDefinition = {
  sections: [
    {
      ...VALID.sections[0],
      questions: [
        {
          ...VALID.sections[0].questions[0],
          label: { fr: 'Votre structure est-elle déjà créée ?', en: '' },
        },
        {
          ...VALID.sections[0].questions[1],
          options: [VALID.sections[0].questions[1].options![0]],
        },
      ],
    },
  ],
};

function questionnaire(definition: QuestionnaireDefinition): QuestionnaireAdmin {
  return {
    draft: { definition, revision: 7, updatedAt: '2026-03-02T10:15:00.000Z' },
    versions: [{ id: 'v1', number: 1, publishedAt: '2026-01-10T09:00:00.000Z', questionCount: 2 }],
  };
}

function adminApi(definition: QuestionnaireDefinition, handlers: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(meFor('territory_admin')),
    'GET /api/admin/questionnaire': () => json(questionnaire(definition)),
    ...handlers,
  });
}

describe('the questionnaire editor', () => {
  it('lists the problems of the draft and does not publish while there are any', async () => {
    adminApi(WITH_PROBLEMS);
    renderApp('/app/questionnaire');

    expect(await screen.findByRole('heading', { level: 1, name: 'Questionnaire des besoins' })).toBeTruthy();
    const problems = screen.getByRole('region', { name: '2 points à corriger avant de publier' });
    expect(within(problems).getByText(/il manque l'intitulé en français ou en anglais/)).toBeTruthy();
    expect(within(problems).getByText(/il faut au moins deux réponses possibles/)).toBeTruthy();
    const publish = screen.getByRole('button', { name: 'Publier la version 2' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Corrigez les 2 points signalés plus haut pour pouvoir publier.')).toBeTruthy();

    // Fixing one problem updates the list as the admin types.
    fireEvent.click(within(problems).getAllByRole('button', { name: 'Ouvrir la question' })[0]);
    fireEvent.change(await screen.findByLabelText('Intitulé en anglais', { exact: false }), {
      target: { value: 'Is your organisation already set up?' },
    });
    expect(await screen.findByRole('region', { name: '1 point à corriger avant de publier' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Publier la version 2' }).disabled).toBe(
      true,
    );
  });

  it('publishes a draft without problems after a confirmation that says versions are frozen', async () => {
    const api = adminApi(VALID, {
      'POST /api/admin/questionnaire/publish': () =>
        json(
          { id: 'v2', number: 2, publishedAt: '2026-03-02T11:00:00.000Z', definition: VALID },
          { status: 201 },
        ),
    });
    renderApp('/app/questionnaire');

    expect(await screen.findByText('Aucun problème : ce brouillon peut être publié.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publier la version 2' }));

    const dialog = await screen.findByRole('dialog', { name: 'Publier la version 2 ?' });
    expect(within(dialog).getByText(/la version 2 est figée/)).toBeTruthy();
    expect(within(dialog).getByText(/gardent leur version/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publier la version 2' }));

    expect(await screen.findByText('La version 2 est publiée.', { selector: 'p' })).toBeTruthy();
    const [request] = api.find('POST', '/api/admin/questionnaire/publish');
    expect(await request?.clone().json()).toEqual({ revision: 7 });
  });

  it('saves the draft with its revision, and explains a concurrent change with a way to reload', async () => {
    const api = adminApi(VALID, { 'PUT /api/admin/questionnaire/draft': () => apiError(409, 'conflict') });
    renderApp('/app/questionnaire');

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier la question 2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Réponse obligatoire' }));
    expect(screen.getByText('Modifications non enregistrées.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));

    expect(
      await screen.findByText(
        "Quelqu'un a modifié ce brouillon entre-temps. Rechargez pour voir sa version, puis refaites vos changements.",
      ),
    ).toBeTruthy();
    const [request] = api.find('PUT', '/api/admin/questionnaire/draft');
    const body = (await request?.clone().json()) as { revision: number; definition: QuestionnaireDefinition };
    expect(body.revision).toBe(7);
    expect(body.definition.sections[0]?.questions[1]?.required).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Recharger la fiche' }));
    expect(await screen.findByText(/Brouillon enregistré le/)).toBeTruthy();
  });

  it('moves a question down and keeps its content', async () => {
    adminApi(VALID);
    renderApp('/app/questionnaire');

    fireEvent.click(await screen.findByRole('button', { name: 'Descendre la question 1' }));

    const items = screen.getAllByRole('listitem').filter((item) => item.id.startsWith('question-'));
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      '1. Avez-vous besoin de financement ?',
      '2. Votre structure est-elle déjà créée ?',
    ]);
    expect(screen.getByText('Question déplacée en position 2 de la section 1.')).toBeTruthy();
  });

  it('shows the draft as a holder will see it', async () => {
    adminApi(VALID);
    renderApp('/app/questionnaire');

    fireEvent.click(await screen.findByRole('tab', { name: 'Aperçu' }));
    expect(await screen.findByRole('heading', { name: 'Votre projet' })).toBeTruthy();
    expect(screen.getByText('2. Avez-vous besoin de financement ? (facultatif)')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Beaucoup' }).disabled).toBe(true);
  });
});

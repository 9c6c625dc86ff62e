import type { QuestionnaireDefinition } from './questionnaire';
import { computeNeedProfile } from './scoring';

const label = (fr: string) => ({ fr, en: fr });

/** A small questionnaire whose arithmetic can be followed by hand. */
const definition: QuestionnaireDefinition = {
  sections: [
    {
      key: 'money',
      title: label('Argent'),
      questions: [
        {
          key: 'has_funding',
          type: 'single_choice',
          label: label('Financement ?'),
          required: true,
          options: [
            { key: 'none', label: label('Aucun'), weights: { funding: 4 } },
            { key: 'partial', label: label('En partie'), weights: { funding: 2 } },
            { key: 'full', label: label('Complet'), weights: {} },
          ],
        },
        {
          key: 'confidence_model',
          type: 'scale',
          label: label('Confiance dans le modèle'),
          required: true,
          weights: { business_model: 4 },
          invert: true,
        },
        {
          key: 'needs',
          type: 'multiple_choice',
          label: label('Besoins'),
          required: false,
          options: [
            { key: 'premises', label: label('Locaux'), weights: { premises: 3 } },
            { key: 'site', label: label('Site web'), weights: { digital: 2 } },
            { key: 'hire', label: label('Recruter'), weights: { employment_hr: 3, funding: 1 } },
          ],
        },
        {
          key: 'has_employees',
          type: 'yes_no',
          label: label('Salariés ?'),
          required: true,
          options: [
            { key: 'yes', label: label('Oui'), weights: { employment_hr: 1 } },
            { key: 'no', label: label('Non'), weights: {} },
          ],
        },
        {
          key: 'employees_count',
          type: 'number',
          label: label('Combien ?'),
          required: true,
          condition: { question: 'has_employees', equals: ['yes'] },
        },
      ],
    },
  ],
};

describe('computeNeedProfile', () => {
  it('scores a category as what the answers add over the most they could add', () => {
    // funding: "partial" gives 2; the answered questions could give 4 (has_funding) + 1 (hire) = 5 → 40.
    const profile = computeNeedProfile(definition, { has_funding: 'partial', needs: ['premises'] });
    expect(profile.funding).toBe(40);
    // premises: 3 of 3.
    expect(profile.premises).toBe(100);
    // digital: the site option was not chosen, 0 of 2.
    expect(profile.digital).toBe(0);
  });

  it('reads an inverted scale as a need that grows when confidence falls', () => {
    expect(computeNeedProfile(definition, { confidence_model: 1 }).business_model).toBe(100);
    expect(computeNeedProfile(definition, { confidence_model: 4 }).business_model).toBe(25);
    expect(computeNeedProfile(definition, { confidence_model: 5 }).business_model).toBe(0);
  });

  it('adds up the options of a multiple choice, and both questions of a category', () => {
    // employment_hr: hire 3 + yes 1 = 4, out of 3 + 1 = 4.
    expect(
      computeNeedProfile(definition, { needs: ['hire', 'site'], has_employees: true }).employment_hr,
    ).toBe(100);
    // Without employees: 3 of 4 → 75.
    expect(computeNeedProfile(definition, { needs: ['hire'], has_employees: false }).employment_hr).toBe(75);
  });

  it('gives 0 to every category when nothing weighted is answered', () => {
    const profile = computeNeedProfile(definition, { employees_count: 3 });
    expect(Object.values(profile).every((score) => score === 0)).toBe(true);
  });

  it('ignores the answer to a question that its condition hides', () => {
    const answers = { has_employees: false, employees_count: 12, has_funding: 'none' };
    expect(computeNeedProfile(definition, answers)).toEqual(
      computeNeedProfile(definition, { has_employees: false, has_funding: 'none' }),
    );
  });
});

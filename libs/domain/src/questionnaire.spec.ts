import {
  answerProblem,
  definitionProblems,
  isVisible,
  missingRequired,
  type Question,
  type QuestionnaireDefinition,
  sectionProgress,
} from './questionnaire';

const label = (fr: string) => ({ fr, en: fr });
const choice: Question = {
  key: 'form',
  type: 'single_choice',
  label: label('Forme'),
  required: true,
  options: [
    { key: 'asso', label: label('Association') },
    { key: 'scop', label: label('SCOP') },
  ],
};
const count: Question = {
  key: 'count',
  type: 'number',
  label: label('Nombre'),
  required: true,
  min: 0,
  max: 500,
};
const members: Question = {
  key: 'members',
  type: 'number',
  label: label('Associés'),
  required: true,
  min: 2,
  condition: { question: 'form', equals: ['scop'] },
};
const definition: QuestionnaireDefinition = {
  sections: [
    { key: 'a', title: label('A'), questions: [choice, members] },
    { key: 'b', title: label('B'), questions: [count] },
  ],
};

describe('answerProblem', () => {
  it('accepts an option of the question and refuses one it does not have', () => {
    expect(answerProblem(choice, 'scop')).toBeNull();
    expect(answerProblem(choice, 'scic')).toBe('unknown_option');
  });

  it('refuses a number out of the bounds, and a value of the wrong type', () => {
    expect(answerProblem(count, 501)).toBe('out_of_range');
    expect(answerProblem(count, -1)).toBe('out_of_range');
    expect(answerProblem(count, '12')).toBe('wrong_type');
  });

  it('takes scale answers from 1 to 5, whole numbers only', () => {
    const scale: Question = { key: 's', type: 'scale', label: label('S'), required: true };
    expect(answerProblem(scale, 5)).toBeNull();
    expect(answerProblem(scale, 6)).toBe('out_of_range');
    expect(answerProblem(scale, 2.5)).toBe('wrong_type');
  });

  it('refuses a multiple choice with a repeated or unknown option', () => {
    const multi: Question = { ...choice, type: 'multiple_choice' };
    expect(answerProblem(multi, ['asso', 'scop'])).toBeNull();
    expect(answerProblem(multi, ['asso', 'asso'])).toBe('wrong_type');
    expect(answerProblem(multi, ['asso', 'sarl'])).toBe('unknown_option');
  });

  it('refuses an empty text', () => {
    expect(answerProblem({ key: 't', type: 'text', label: label('T'), required: false }, '  ')).toBe('empty');
  });
});

describe('conditions, required answers and progress', () => {
  it('shows a conditional question only after the answer it depends on', () => {
    expect(isVisible(members, {})).toBe(false);
    expect(isVisible(members, { form: 'asso' })).toBe(false);
    expect(isVisible(members, { form: 'scop' })).toBe(true);
  });

  it('lists the shown required questions that have no answer', () => {
    expect(missingRequired(definition, {})).toEqual(['form', 'count']);
    expect(missingRequired(definition, { form: 'scop' })).toEqual(['members', 'count']);
    expect(missingRequired(definition, { form: 'asso', count: 3 })).toEqual([]);
  });

  it('counts answered and shown questions per section', () => {
    expect(sectionProgress(definition, { form: 'scop' })).toEqual([
      { key: 'a', answered: 1, total: 2 },
      { key: 'b', answered: 0, total: 1 },
    ]);
  });
});

describe('definitionProblems', () => {
  it('finds nothing wrong in a sound definition', () => {
    expect(definitionProblems(definition)).toEqual([]);
  });

  it('refuses a condition on a later question, a key used twice and a choice with one option', () => {
    const broken: QuestionnaireDefinition = {
      sections: [
        {
          key: 'a',
          title: label('A'),
          questions: [
            members,
            { ...choice, options: [{ key: 'asso', label: label('Association') }] },
            { ...count, key: 'form' },
          ],
        },
      ],
    };
    expect(definitionProblems(broken)).toEqual([
      'question members: its condition must name an earlier question',
      'question form: needs at least two options',
      'question form: the key is used twice',
    ]);
  });
});

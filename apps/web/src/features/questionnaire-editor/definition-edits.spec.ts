import { definitionProblems, type QuestionnaireDefinition } from '@essaim/domain';

import {
  addOption,
  addQuestion,
  addSection,
  moveQuestion,
  questionsBefore,
  updateQuestion,
  withType,
} from './definition-edits';

const label = (fr: string) => ({ fr, en: fr });

const DEFINITION: QuestionnaireDefinition = {
  sections: [
    {
      key: 'a',
      title: label('A'),
      questions: [
        {
          key: 'q1',
          type: 'yes_no',
          label: label('Q1'),
          required: true,
          options: [
            { key: 'yes', label: label('Oui') },
            { key: 'no', label: label('Non'), weights: { funding: 2 } },
          ],
        },
        {
          key: 'q2',
          type: 'text',
          label: label('Q2'),
          required: false,
          condition: { question: 'q1', equals: ['no'] },
        },
      ],
    },
    {
      key: 'b',
      title: label('B'),
      questions: [{ key: 'q3', type: 'number', label: label('Q3'), required: false }],
    },
  ],
};

describe('editing a questionnaire draft', () => {
  it('moves a question past the end of its section into the next one, and says where it landed', () => {
    const { definition, position } = moveQuestion(DEFINITION, { section: 0, question: 1 }, 1);
    expect(position).toEqual({ section: 1, question: 0 });
    expect(definition.sections.map((section) => section.questions.map((q) => q.key))).toEqual([
      ['q1'],
      ['q2', 'q3'],
    ]);
    expect(DEFINITION.sections[0]?.questions).toHaveLength(2);
  });

  it('keeps the first question in place when asked to go further up', () => {
    const { definition, position } = moveQuestion(DEFINITION, { section: 0, question: 0 }, -1);
    expect(position).toEqual({ section: 0, question: 0 });
    expect(definition).toEqual(DEFINITION);
  });

  it('renaming a question keeps the conditions that point to it', () => {
    const renamed = updateQuestion(DEFINITION, 0, 0, (question) => ({ ...question, key: 'structure_creee' }));
    expect(renamed.sections[0]?.questions[1]?.condition).toEqual({
      question: 'structure_creee',
      equals: ['no'],
    });
    expect(definitionProblems(renamed)).toEqual([]);
  });

  it('gives new sections, questions and options keys nobody uses yet', () => {
    const withSection = addSection(DEFINITION);
    expect(withSection.sections[2]?.key).toBe('section_1');
    const withQuestion = addQuestion(addQuestion(DEFINITION, 1, 'single_choice'), 1, 'scale');
    expect(withQuestion.sections[1]?.questions.map((question) => question.key)).toEqual([
      'q3',
      'question_1',
      'question_2',
    ]);
    const choice = withQuestion.sections[1]?.questions[1];
    expect(choice?.options?.map((option) => option.key)).toEqual(['option_1', 'option_2']);
    expect(choice && addOption(choice).options?.map((option) => option.key)).toEqual([
      'option_1',
      'option_2',
      'option_3',
    ]);
  });

  it('a question given another type gets what the type needs and keeps its weights where they still apply', () => {
    const yesNo = DEFINITION.sections[0].questions[0];
    const single = withType(yesNo, 'single_choice');
    expect(single.options?.map((option) => option.key)).toEqual(['yes', 'no']);
    const back = withType(withType(yesNo, 'text'), 'yes_no');
    expect(back.options?.map((option) => option.key)).toEqual(['yes', 'no']);
    expect(withType(yesNo, 'yes_no').options?.[1]?.weights).toEqual({ funding: 2 });
    expect(withType(yesNo, 'number').options).toBeUndefined();
  });

  it('a condition can only name the questions placed before', () => {
    expect(questionsBefore(DEFINITION, { section: 1, question: 0 }).map((q) => q.key)).toEqual(['q1', 'q2']);
    expect(questionsBefore(DEFINITION, { section: 0, question: 1 }).map((q) => q.key)).toEqual(['q1']);
  });
});

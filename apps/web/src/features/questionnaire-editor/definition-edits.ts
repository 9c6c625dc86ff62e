import {
  allQuestions,
  type AnswerOption,
  type Question,
  type QuestionnaireDefinition,
  type QuestionnaireSection,
  type QuestionType,
} from '@essaim/domain';

// Pure edits of a questionnaire draft: each returns a new definition and leaves its input untouched.

type Definition = QuestionnaireDefinition;

/** `prefix_1`, `prefix_2`… the first one not taken. */
export function uniqueKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let index = 1; ; index += 1) {
    const key = `${prefix}_${index}`;
    if (!used.has(key)) return key;
  }
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  copy.splice(to, 0, ...copy.splice(from, 1));
  return copy;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, position) => (position === index ? item : current));
}

export const YES_NO_OPTIONS: AnswerOption[] = [
  { key: 'yes', label: { fr: 'Oui', en: 'Yes' } },
  { key: 'no', label: { fr: 'Non', en: 'No' } },
];

// Sections

export function addSection(definition: Definition): Definition {
  const key = uniqueKey(
    'section',
    definition.sections.map((section) => section.key),
  );
  return {
    sections: [...definition.sections, { key, title: { fr: '', en: '' }, questions: [] }],
  };
}

export function updateSection(
  definition: Definition,
  index: number,
  change: Partial<Omit<QuestionnaireSection, 'questions'>>,
): Definition {
  const section = definition.sections[index];
  if (!section) return definition;
  return { sections: replaceAt(definition.sections, index, { ...section, ...change }) };
}

export function moveSection(definition: Definition, index: number, delta: -1 | 1): Definition {
  return { sections: move(definition.sections, index, index + delta) };
}

export function removeSection(definition: Definition, index: number): Definition {
  return { sections: definition.sections.filter((_, position) => position !== index) };
}

// Questions

export function newQuestion(type: QuestionType, taken: Iterable<string>): Question {
  return withType(
    { key: uniqueKey('question', taken), type, label: { fr: '', en: '' }, required: false },
    type,
  );
}

/** A question given another type keeps its key, labels, help and condition, and gets what the type needs. */
export function withType(question: Question, type: QuestionType): Question {
  const { options, min, max, weights, invert, ...common } = question;
  const base: Question = { ...common, type };
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      // Choices (or the yes and no of a yes/no question) are kept; other types start with two blanks.
      return {
        ...base,
        options:
          options && options.length > 0
            ? options
            : [
                { key: 'option_1', label: { fr: '', en: '' } },
                { key: 'option_2', label: { fr: '', en: '' } },
              ],
      };
    case 'yes_no':
      return {
        ...base,
        options: YES_NO_OPTIONS.map((option) => {
          const kept = options?.find((existing) => existing.key === option.key)?.weights;
          return kept ? { ...option, weights: kept } : { ...option };
        }),
      };
    case 'scale':
      return { ...base, weights: weights ?? {}, ...(invert ? { invert } : {}) };
    case 'number':
      return { ...base, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    case 'text':
      return base;
  }
}

export function addQuestion(definition: Definition, sectionIndex: number, type: QuestionType): Definition {
  const section = definition.sections[sectionIndex];
  if (!section) return definition;
  const taken = allQuestions(definition).map((question) => question.key);
  return updateQuestions(definition, sectionIndex, [...section.questions, newQuestion(type, taken)]);
}

function updateQuestions(definition: Definition, sectionIndex: number, questions: Question[]): Definition {
  const section = definition.sections[sectionIndex];
  if (!section) return definition;
  return { sections: replaceAt(definition.sections, sectionIndex, { ...section, questions }) };
}

export function updateQuestion(
  definition: Definition,
  sectionIndex: number,
  questionIndex: number,
  update: (question: Question) => Question,
): Definition {
  const section = definition.sections[sectionIndex];
  const question = section?.questions[questionIndex];
  if (!section || !question) return definition;
  const updated = update(question);
  let next = updateQuestions(definition, sectionIndex, replaceAt(section.questions, questionIndex, updated));
  // A renamed question stays the target of the conditions that named it.
  if (updated.key !== question.key) next = renameConditionTarget(next, question.key, updated.key);
  return next;
}

function renameConditionTarget(definition: Definition, from: string, to: string): Definition {
  return {
    sections: definition.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) =>
        question.condition?.question === from
          ? { ...question, condition: { ...question.condition, question: to } }
          : question,
      ),
    })),
  };
}

/** Where a question is, as section and position. */
export interface QuestionPosition {
  section: number;
  question: number;
}

/**
 * Moves a question one step up or down; past the top or the bottom of its section it goes to the
 * end of the previous section or the start of the next one. Returns where it landed.
 */
export function moveQuestion(
  definition: Definition,
  at: QuestionPosition,
  delta: -1 | 1,
): { definition: Definition; position: QuestionPosition } {
  const section = definition.sections[at.section];
  const question = section?.questions[at.question];
  if (!section || !question) return { definition, position: at };
  const target = at.question + delta;
  if (target >= 0 && target < section.questions.length) {
    return {
      definition: updateQuestions(definition, at.section, move(section.questions, at.question, target)),
      position: { section: at.section, question: target },
    };
  }
  const otherIndex = at.section + delta;
  const other = definition.sections[otherIndex];
  if (!other) return { definition, position: at };
  const without = updateQuestions(
    definition,
    at.section,
    section.questions.filter((_, position) => position !== at.question),
  );
  const questions = delta < 0 ? [...other.questions, question] : [question, ...other.questions];
  return {
    definition: updateQuestions(without, otherIndex, questions),
    position: { section: otherIndex, question: delta < 0 ? questions.length - 1 : 0 },
  };
}

export function removeQuestion(definition: Definition, at: QuestionPosition): Definition {
  const section = definition.sections[at.section];
  if (!section) return definition;
  return updateQuestions(
    definition,
    at.section,
    section.questions.filter((_, position) => position !== at.question),
  );
}

// Options of a question

export function addOption(question: Question): Question {
  const options = question.options ?? [];
  return {
    ...question,
    options: [
      ...options,
      {
        key: uniqueKey(
          'option',
          options.map((option) => option.key),
        ),
        label: { fr: '', en: '' },
      },
    ],
  };
}

export function updateOption(question: Question, index: number, change: Partial<AnswerOption>): Question {
  const options = question.options ?? [];
  const option = options[index];
  if (!option) return question;
  return { ...question, options: replaceAt(options, index, { ...option, ...change }) };
}

export function moveOption(question: Question, index: number, delta: -1 | 1): Question {
  return { ...question, options: move(question.options ?? [], index, index + delta) };
}

export function removeOption(question: Question, index: number): Question {
  return { ...question, options: (question.options ?? []).filter((_, position) => position !== index) };
}

/** The questions placed before a position: the only ones a condition may name. */
export function questionsBefore(definition: Definition, at: QuestionPosition): Question[] {
  return definition.sections.flatMap((section, sectionIndex) =>
    sectionIndex < at.section
      ? section.questions
      : sectionIndex === at.section
        ? section.questions.slice(0, at.question)
        : [],
  );
}

/** The number shown for the first question of each section (questions are numbered across sections). */
export function firstQuestionNumbers(definition: Definition): number[] {
  const firsts: number[] = [];
  let next = 1;
  for (const section of definition.sections) {
    firsts.push(next);
    next += section.questions.length;
  }
  return firsts;
}

export function questionCount(definition: Definition): number {
  return allQuestions(definition).length;
}

/** Where the question with this key is, if anywhere. */
export function positionOf(definition: Definition, key: string): QuestionPosition | null {
  for (const [sectionIndex, section] of definition.sections.entries()) {
    const questionIndex = section.questions.findIndex((question) => question.key === key);
    if (questionIndex !== -1) return { section: sectionIndex, question: questionIndex };
  }
  return null;
}

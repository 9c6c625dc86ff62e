import { NEED_CATEGORIES, type NeedCategory } from './needs';

export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'scale',
  'number',
  'text',
  'yes_no',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface LocalisedText {
  fr: string;
  en: string;
}

/** What choosing an option adds to each need category. */
export type NeedWeights = Partial<Record<NeedCategory, number>>;

export interface AnswerOption {
  key: string;
  label: LocalisedText;
  weights?: NeedWeights;
}

/** Show a question only when an earlier answer is one of `equals` (`yes`/`no` for yes/no questions). */
export interface QuestionCondition {
  question: string;
  equals: string[];
}

export interface Question {
  key: string;
  type: QuestionType;
  label: LocalisedText;
  help?: LocalisedText;
  required: boolean;
  /** Choices of single and multiple choice questions; `yes` and `no` of a yes/no question. */
  options?: AnswerOption[];
  /** Bounds of a number question. */
  min?: number;
  max?: number;
  /** A scale question adds its weights in full at 5 and nothing at 1 (reversed when `invert`). */
  weights?: NeedWeights;
  invert?: boolean;
  condition?: QuestionCondition;
}

export interface QuestionnaireSection {
  key: string;
  title: LocalisedText;
  questions: Question[];
}

export interface QuestionnaireDefinition {
  sections: QuestionnaireSection[];
}

export type AnswerValue = string | string[] | number | boolean;
export type Answers = Record<string, AnswerValue>;

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const TEXT_ANSWER_MAX = 4000;

export function allQuestions(definition: QuestionnaireDefinition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

export function findQuestion(definition: QuestionnaireDefinition, key: string): Question | undefined {
  return allQuestions(definition).find((question) => question.key === key);
}

/** The answer as the option keys a condition compares with. */
function answerKeys(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value;
  return [String(value)];
}

export function isVisible(question: Question, answers: Answers): boolean {
  if (!question.condition) return true;
  const given = answerKeys(answers[question.condition.question]);
  return given.some((key) => question.condition!.equals.includes(key));
}

export type AnswerProblem = 'wrong_type' | 'unknown_option' | 'out_of_range' | 'too_long' | 'empty';

/** Why a value cannot be the answer to a question, or null when it can. */
export function answerProblem(question: Question, value: AnswerValue): AnswerProblem | null {
  const optionKeys = new Set((question.options ?? []).map((option) => option.key));
  switch (question.type) {
    case 'single_choice':
      if (typeof value !== 'string') return 'wrong_type';
      return optionKeys.has(value) ? null : 'unknown_option';
    case 'multiple_choice':
      if (!Array.isArray(value) || value.some((key) => typeof key !== 'string')) return 'wrong_type';
      if (new Set(value).size !== value.length) return 'wrong_type';
      return value.every((key) => optionKeys.has(key)) ? null : 'unknown_option';
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'wrong_type';
      return value >= SCALE_MIN && value <= SCALE_MAX ? null : 'out_of_range';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong_type';
      if (question.min !== undefined && value < question.min) return 'out_of_range';
      if (question.max !== undefined && value > question.max) return 'out_of_range';
      return null;
    case 'text':
      if (typeof value !== 'string') return 'wrong_type';
      if (value.trim() === '') return 'empty';
      return value.length > TEXT_ANSWER_MAX ? 'too_long' : null;
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'wrong_type';
  }
}

/** Keys of the required questions that are shown and not answered. */
export function missingRequired(definition: QuestionnaireDefinition, answers: Answers): string[] {
  return allQuestions(definition)
    .filter(
      (question) => question.required && isVisible(question, answers) && answers[question.key] === undefined,
    )
    .map((question) => question.key);
}

export interface SectionProgress {
  key: string;
  answered: number;
  total: number;
}

/** Answered and shown questions per section, for the progress bars. */
export function sectionProgress(definition: QuestionnaireDefinition, answers: Answers): SectionProgress[] {
  return definition.sections.map((section) => {
    const shown = section.questions.filter((question) => isVisible(question, answers));
    return {
      key: section.key,
      answered: shown.filter((question) => answers[question.key] !== undefined).length,
      total: shown.length,
    };
  });
}

/** Problems that make a definition unpublishable, as readable sentences with the question key. */
export function definitionProblems(definition: QuestionnaireDefinition): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const seenSections = new Set<string>();
  if (definition.sections.length === 0) problems.push('the questionnaire has no section');
  for (const section of definition.sections) {
    if (seenSections.has(section.key)) problems.push(`section ${section.key}: the key is used twice`);
    seenSections.add(section.key);
    if (section.questions.length === 0) problems.push(`section ${section.key}: no question`);
    for (const question of section.questions) {
      const where = `question ${question.key}`;
      if (seen.has(question.key)) problems.push(`${where}: the key is used twice`);
      if (question.label.fr.trim() === '' || question.label.en.trim() === '')
        problems.push(`${where}: a label is empty`);
      const choices = question.type === 'single_choice' || question.type === 'multiple_choice';
      if (choices && (question.options?.length ?? 0) < 2)
        problems.push(`${where}: needs at least two options`);
      if (
        question.type === 'yes_no' &&
        question.options?.some((option) => !['yes', 'no'].includes(option.key))
      ) {
        problems.push(`${where}: a yes/no question has only the options yes and no`);
      }
      if (
        question.options &&
        new Set(question.options.map((option) => option.key)).size !== question.options.length
      ) {
        problems.push(`${where}: an option key is used twice`);
      }
      if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
        problems.push(`${where}: min is above max`);
      }
      for (const weights of [question.weights, ...(question.options ?? []).map((option) => option.weights)]) {
        for (const category of Object.keys(weights ?? {})) {
          if (!(NEED_CATEGORIES as readonly string[]).includes(category))
            problems.push(`${where}: unknown need ${category}`);
        }
      }
      if (question.condition && !seen.has(question.condition.question)) {
        problems.push(`${where}: its condition must name an earlier question`);
      }
      seen.add(question.key);
    }
  }
  return problems;
}

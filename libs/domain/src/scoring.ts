import { emptyProfile, NEED_CATEGORIES, type NeedProfile } from './needs';
import {
  allQuestions,
  type AnswerOption,
  type Answers,
  type AnswerValue,
  isVisible,
  type NeedWeights,
  type Question,
  type QuestionnaireDefinition,
  SCALE_MAX,
  SCALE_MIN,
} from './questionnaire';

interface Contribution {
  /** What the answer given adds, per category. */
  got: NeedWeights;
  /** The most any answer to this question could add, per category. */
  max: NeedWeights;
}

/**
 * The need profile of a set of answers: per category, what the answers add as a share of
 * the most that the same answered questions could add, from 0 to 100. Questions that are
 * hidden or unanswered count for nothing either way.
 */
export function computeNeedProfile(definition: QuestionnaireDefinition, answers: Answers): NeedProfile {
  const got = emptyProfile();
  const max = emptyProfile();
  for (const question of allQuestions(definition)) {
    const value = answers[question.key];
    if (value === undefined || !isVisible(question, answers)) continue;
    const contribution = contributionOf(question, value);
    for (const category of NEED_CATEGORIES) {
      got[category] += contribution.got[category] ?? 0;
      max[category] += contribution.max[category] ?? 0;
    }
  }
  const profile = emptyProfile();
  for (const category of NEED_CATEGORIES) {
    profile[category] = max[category] > 0 ? clamp(Math.round((100 * got[category]) / max[category])) : 0;
  }
  return profile;
}

function contributionOf(question: Question, value: AnswerValue): Contribution {
  const options = question.options ?? [];
  switch (question.type) {
    case 'single_choice':
    case 'yes_no': {
      const key = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
      return {
        got: options.find((option) => option.key === key)?.weights ?? {},
        max: perCategory(options, Math.max),
      };
    }
    case 'multiple_choice': {
      const chosen = options.filter((option) => Array.isArray(value) && value.includes(option.key));
      return { got: perCategory(chosen, (a, b) => a + b), max: perCategory(options, (a, b) => a + b) };
    }
    case 'scale': {
      const position = (Number(value) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);
      const factor = question.invert ? 1 - position : position;
      const weights = question.weights ?? {};
      return { got: scaled(weights, factor), max: weights };
    }
    case 'number':
    case 'text':
      return { got: {}, max: {} };
  }
}

/** Combines the positive weights of options per category (max for one choice, sum for several). */
function perCategory(options: AnswerOption[], combine: (a: number, b: number) => number): NeedWeights {
  const result: NeedWeights = {};
  for (const option of options) {
    for (const [category, weight] of Object.entries(option.weights ?? {}) as [keyof NeedWeights, number][]) {
      if (weight <= 0) continue;
      result[category] = combine(result[category] ?? 0, weight);
    }
  }
  return result;
}

function scaled(weights: NeedWeights, factor: number): NeedWeights {
  return Object.fromEntries(Object.entries(weights).map(([category, weight]) => [category, weight * factor]));
}

function clamp(score: number): number {
  return Math.min(100, Math.max(0, score));
}

import { definitionProblems, findQuestion, type QuestionnaireDefinition } from '@essaim/domain';
import type { TFunction } from 'i18next';

import { positionOf, type QuestionPosition } from './definition-edits';

/** One reason the draft cannot be published, said for the admin, with where to fix it. */
export interface DraftProblem {
  /** The domain's sentence, untranslated. */
  raw: string;
  message: string;
  /** The question to open to fix it, when the problem is about a question. */
  at: QuestionPosition | null;
  /** The section to open, when the problem is about a section. */
  section: number | null;
}

// The sentences of `definitionProblems()` (libs/domain/src/questionnaire.ts), each with its message key.
const QUESTION_PROBLEMS: [RegExp, string][] = [
  [/^the key is used twice$/, 'duplicateQuestionKey'],
  [/^a label is empty$/, 'emptyLabel'],
  [/^needs at least two options$/, 'twoOptions'],
  [/^a yes\/no question has only the options yes and no$/, 'yesNoOptions'],
  [/^an option key is used twice$/, 'duplicateOptionKey'],
  [/^min is above max$/, 'minAboveMax'],
  [/^unknown need (.+)$/, 'unknownNeed'],
  [/^its condition must name an earlier question$/, 'conditionNotEarlier'],
];

const SECTION_PROBLEMS: [RegExp, string][] = [
  [/^the key is used twice$/, 'duplicateSectionKey'],
  [/^no question$/, 'emptySection'],
];

/** The problems of a draft, in the admin's language; an unknown sentence is shown as it is. */
export function draftProblems(t: TFunction, definition: QuestionnaireDefinition): DraftProblem[] {
  return [...domainProblems(t, definition), ...editorProblems(t, definition)];
}

/**
 * What the domain accepts but holders would stumble on: an answer without a label, a condition that
 * keeps no answer (the question would never show).
 */
function editorProblems(t: TFunction, definition: QuestionnaireDefinition): DraftProblem[] {
  const problems: DraftProblem[] = [];
  definition.sections.forEach((section, sectionIndex) =>
    section.questions.forEach((question, questionIndex) => {
      const at = { section: sectionIndex, question: questionIndex };
      const label = question.label.fr.trim() || question.label.en.trim();
      const name = label
        ? t('questionnaireEditor.problems.questionNamed', { label, key: question.key })
        : t('questionnaireEditor.problems.questionKey', { key: question.key });
      const line = (problem: string) => t('questionnaireEditor.problems.line', { name, problem });
      if ((question.options ?? []).some((option) => !option.label.fr.trim() || !option.label.en.trim())) {
        const raw = `question ${question.key}: an option label is empty`;
        problems.push({
          raw,
          message: line(t('questionnaireEditor.problems.emptyOptionLabel')),
          at,
          section: null,
        });
      }
      if (question.condition && question.condition.equals.length === 0) {
        const raw = `question ${question.key}: its condition keeps no answer`;
        problems.push({
          raw,
          message: line(t('questionnaireEditor.problems.emptyCondition')),
          at,
          section: null,
        });
      }
    }),
  );
  return problems;
}

function domainProblems(t: TFunction, definition: QuestionnaireDefinition): DraftProblem[] {
  return definitionProblems(definition).map((raw) => {
    if (raw === 'the questionnaire has no section') {
      return { raw, message: t('questionnaireEditor.problems.noSection'), at: null, section: null };
    }
    const questionMatch = /^question (\S+): (.+)$/.exec(raw);
    if (questionMatch) {
      const [, key = '', rest = ''] = questionMatch;
      const question = findQuestion(definition, key);
      const label = question?.label.fr.trim() || question?.label.en.trim();
      const name = label
        ? t('questionnaireEditor.problems.questionNamed', { label, key })
        : t('questionnaireEditor.problems.questionKey', { key });
      for (const [pattern, messageKey] of QUESTION_PROBLEMS) {
        const found = pattern.exec(rest);
        if (found) {
          return {
            raw,
            message: t('questionnaireEditor.problems.line', {
              name,
              problem: t(`questionnaireEditor.problems.${messageKey}`, { need: found[1] }),
            }),
            at: positionOf(definition, key),
            section: null,
          };
        }
      }
      return { raw, message: raw, at: positionOf(definition, key), section: null };
    }
    const sectionMatch = /^section (\S+): (.+)$/.exec(raw);
    if (sectionMatch) {
      const [, key = '', rest = ''] = sectionMatch;
      const index = definition.sections.findIndex((section) => section.key === key);
      const title = definition.sections[index]?.title.fr.trim();
      const name = title
        ? t('questionnaireEditor.problems.sectionNamed', { title, key })
        : t('questionnaireEditor.problems.sectionKey', { key });
      for (const [pattern, messageKey] of SECTION_PROBLEMS) {
        if (pattern.test(rest)) {
          return {
            raw,
            message: t('questionnaireEditor.problems.line', {
              name,
              problem: t(`questionnaireEditor.problems.${messageKey}`),
            }),
            at: null,
            section: index === -1 ? null : index,
          };
        }
      }
      return { raw, message: raw, at: null, section: index === -1 ? null : index };
    }
    return { raw, message: raw, at: null, section: null };
  });
}

import 'reflect-metadata';
import {
  allQuestions,
  computeNeedProfile,
  definitionProblems,
  missingRequired,
  NEED_CATEGORIES,
  QUESTION_TYPES,
} from '@essaim/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { QuestionnaireDefinitionDto } from '../../questionnaires/dto/questionnaire-definition.dto';
import { DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS } from './default-questionnaire';

describe('the default questionnaire', () => {
  const questions = allQuestions(DEFAULT_QUESTIONNAIRE);

  it('can be published: definitionProblems() finds nothing', () => {
    expect(definitionProblems(DEFAULT_QUESTIONNAIRE)).toEqual([]);
  });

  it('passes the shape check of the draft route, so an admin can save it back unchanged', () => {
    const dto = plainToInstance(QuestionnaireDefinitionDto, DEFAULT_QUESTIONNAIRE);
    expect(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
  });

  it('has about 30 questions in 5 to 7 sections, of every type', () => {
    expect(DEFAULT_QUESTIONNAIRE.sections.length).toBeGreaterThanOrEqual(5);
    expect(DEFAULT_QUESTIONNAIRE.sections.length).toBeLessThanOrEqual(7);
    expect(questions.length).toBeGreaterThanOrEqual(28);
    expect(questions.length).toBeLessThanOrEqual(35);
    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('speaks French and English everywhere', () => {
    const texts = [
      ...DEFAULT_QUESTIONNAIRE.sections.map((section) => section.title),
      ...questions.flatMap((question) => [question.label, ...(question.options ?? []).map((o) => o.label)]),
    ];
    for (const { fr, en } of texts) {
      expect(fr.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
    }
  });

  it('asks at least three questions only when an earlier answer calls for them', () => {
    expect(questions.filter((question) => question.condition).length).toBeGreaterThanOrEqual(3);
  });

  it('inverts the confidence scales: low confidence is a strong need', () => {
    const scales = questions.filter((question) => question.type === 'scale');
    expect(scales.some((question) => question.invert)).toBe(true);
    expect(scales.every((question) => Object.keys(question.weights ?? {}).length > 0)).toBe(true);
  });

  it('can raise every need category', () => {
    const weighted = new Set(
      questions.flatMap((question) => [
        ...Object.keys(question.weights ?? {}),
        ...(question.options ?? []).flatMap((option) => Object.keys(option.weights ?? {})),
      ]),
    );
    expect([...weighted].sort()).toEqual([...NEED_CATEGORIES].sort());
  });

  it('gives typical answers a varied profile, with every required question answered', () => {
    expect(missingRequired(DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS)).toEqual([]);
    const profile = computeNeedProfile(DEFAULT_QUESTIONNAIRE, TYPICAL_ANSWERS);
    const scores = NEED_CATEGORIES.map((category) => profile[category]);
    expect(new Set(scores).size).toBeGreaterThanOrEqual(6);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(60);
    expect(Math.min(...scores)).toBeLessThanOrEqual(30);
  });
});

import {
  findQuestion,
  SCALE_MAX,
  SCALE_MIN,
  type Question,
  type QuestionnaireDefinition,
} from '@essaim/domain';
import { Checkbox, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { firstQuestionNumbers } from './definition-edits';
import { optionLabel, questionLabel } from './QuestionEditor';

type Language = 'fr' | 'en';

/**
 * The questionnaire as a holder sees it, read-only: sections, questions, their choices. A note says
 * when a question only shows after a given answer.
 */
export function QuestionnairePreview({
  definition,
  language,
  headingLevel = 3,
}: {
  definition: QuestionnaireDefinition;
  language: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  if (definition.sections.length === 0) return <Text>{t('questionnaireEditor.preview.empty')}</Text>;
  const firsts = firstQuestionNumbers(definition);
  return (
    <Stack gap="lg" lang={language}>
      {definition.sections.map((section, sectionIndex) => (
        <Paper key={`${section.key}-${sectionIndex}`} withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="md">
            <Title order={headingLevel} fz="h3">
              {section.title[language].trim() || section.title.fr.trim() || section.key}
            </Title>
            {section.questions.length === 0 && (
              <Text c="dimmed">{t('questionnaireEditor.preview.noQuestion')}</Text>
            )}
            {section.questions.map((question, questionIndex) => (
              <PreviewQuestion
                key={`${question.key}-${questionIndex}`}
                question={question}
                number={(firsts[sectionIndex] ?? 1) + questionIndex}
                language={language}
                definition={definition}
              />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function PreviewQuestion({
  question,
  number,
  language,
  definition,
}: {
  question: Question;
  number: number;
  language: Language;
  definition: QuestionnaireDefinition;
}) {
  const { t, i18n } = useTranslation();
  const label = `${number}. ${questionLabel(question, language)}${question.required ? '' : ` ${t('questionnaireEditor.preview.optional', { lng: language })}`}`;
  const help = question.help?.[language].trim() || undefined;
  const condition = question.condition;
  const conditionTarget = condition ? findQuestion(definition, condition.question) : undefined;
  const conditionNote =
    condition &&
    t('questionnaireEditor.preview.conditionNote', {
      question: conditionTarget ? questionLabel(conditionTarget) : condition.question,
      answers: condition.equals
        .map((key) => {
          const option = conditionTarget?.options?.find((candidate) => candidate.key === key);
          return option ? `« ${optionLabel(option)} »` : key;
        })
        .join(t('questionnaireEditor.preview.or')),
    });

  const field = (() => {
    switch (question.type) {
      case 'single_choice':
      case 'yes_no':
        return (
          <Radio.Group label={label} description={help}>
            <Stack gap={6} mt="xs">
              {(question.options ?? []).map((option) => (
                <Radio key={option.key} value={option.key} label={optionLabel(option, language)} disabled />
              ))}
            </Stack>
          </Radio.Group>
        );
      case 'multiple_choice':
        return (
          <Checkbox.Group label={label} description={help}>
            <Stack gap={6} mt="xs">
              {(question.options ?? []).map((option) => (
                <Checkbox
                  key={option.key}
                  value={option.key}
                  label={optionLabel(option, language)}
                  disabled
                />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      case 'scale':
        return (
          <Radio.Group
            label={label}
            description={help ?? t('questionnaireEditor.preview.scaleHint', { lng: language })}
          >
            <Group gap="md" mt="xs">
              {Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, index) => SCALE_MIN + index).map(
                (value) => (
                  <Radio key={value} value={String(value)} label={String(value)} disabled />
                ),
              )}
            </Group>
          </Radio.Group>
        );
      case 'number':
        return (
          <NumberInput
            label={label}
            description={help}
            min={question.min}
            max={question.max}
            disabled
            maw={240}
          />
        );
      case 'text':
        return <Textarea label={label} description={help} disabled minRows={2} autosize />;
    }
  })();

  return (
    <Stack gap={4}>
      {conditionNote && (
        <Text size="sm" c="dimmed" lang={i18n.language}>
          {conditionNote}
        </Text>
      )}
      {field}
    </Stack>
  );
}

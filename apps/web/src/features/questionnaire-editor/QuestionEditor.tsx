import {
  QUESTION_TYPES,
  type AnswerOption,
  type Question,
  type QuestionCondition,
  type QuestionType,
} from '@essaim/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { LEGEND_STYLES } from '../admin-directory/legend-styles';
import { PLAIN_LIST } from '../directory/OfferCard';

import { ConfirmButton } from './ConfirmButton';
import { addOption, moveOption, removeOption, updateOption, withType } from './definition-edits';
import { WeightsEditor } from './WeightsEditor';

export function optionLabel(option: AnswerOption, language: 'fr' | 'en' = 'fr'): string {
  return option.label[language].trim() || option.label.fr.trim() || option.key;
}

export function questionLabel(question: Question, language: 'fr' | 'en' = 'fr'): string {
  return question.label[language].trim() || question.label.fr.trim() || question.key;
}

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/** All the fields of one question. `earlier` are the questions placed before it (for its condition). */
export function QuestionEditor({
  question,
  number,
  earlier,
  onChange,
}: {
  question: Question;
  number: number;
  earlier: Question[];
  onChange: (question: Question) => void;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<Question>) => onChange({ ...question, ...change });
  const choices = question.type === 'single_choice' || question.type === 'multiple_choice';
  const keyProblem = KEY_PATTERN.test(question.key)
    ? undefined
    : t('questionnaireEditor.question.keyInvalid');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label={t('questionnaireEditor.question.labelFr')}
          value={question.label.fr}
          onChange={(event) => set({ label: { ...question.label, fr: event.currentTarget.value } })}
          autosize
          minRows={1}
          error={question.label.fr.trim() === '' ? t('questionnaireEditor.question.labelMissing') : undefined}
          required
        />
        <Textarea
          label={t('questionnaireEditor.question.labelEn')}
          lang="en"
          value={question.label.en}
          onChange={(event) => set({ label: { ...question.label, en: event.currentTarget.value } })}
          autosize
          minRows={1}
          error={question.label.en.trim() === '' ? t('questionnaireEditor.question.labelMissing') : undefined}
          required
        />
        <Textarea
          label={t('questionnaireEditor.question.helpFr')}
          value={question.help?.fr ?? ''}
          onChange={(event) => set({ help: helpWith(question, 'fr', event.currentTarget.value) })}
          autosize
          minRows={1}
        />
        <Textarea
          label={t('questionnaireEditor.question.helpEn')}
          lang="en"
          value={question.help?.en ?? ''}
          onChange={(event) => set({ help: helpWith(question, 'en', event.currentTarget.value) })}
          autosize
          minRows={1}
        />
        <NativeSelect
          label={t('questionnaireEditor.question.type')}
          value={question.type}
          onChange={(event) => onChange(withType(question, event.currentTarget.value as QuestionType))}
          data={QUESTION_TYPES.map((type) => ({
            value: type,
            label: t(`questionnaireEditor.types.${type}`),
          }))}
        />
        <TextInput
          label={t('questionnaireEditor.question.key')}
          description={t('questionnaireEditor.question.keyHint')}
          value={question.key}
          onChange={(event) => set({ key: event.currentTarget.value.trim() })}
          error={keyProblem}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          spellCheck={false}
          autoCapitalize="off"
        />
      </SimpleGrid>
      <Checkbox
        label={t('questionnaireEditor.question.required')}
        description={t('questionnaireEditor.question.requiredHint')}
        checked={question.required}
        onChange={(event) => set({ required: event.currentTarget.checked })}
      />
      {choices && <OptionsEditor question={question} number={number} onChange={onChange} />}
      {question.type === 'yes_no' && (
        <Stack gap="sm">
          {(question.options ?? []).map((option, index) => (
            <WeightsEditor
              key={option.key}
              legend={t('questionnaireEditor.options.weightsOf', { label: optionLabel(option) })}
              weights={option.weights}
              onChange={(weights) => onChange(updateOption(question, index, { weights }))}
            />
          ))}
        </Stack>
      )}
      {question.type === 'scale' && (
        <Stack gap="sm">
          <WeightsEditor
            legend={t('questionnaireEditor.question.scaleWeights')}
            weights={question.weights}
            onChange={(weights) => set({ weights })}
          />
          <Checkbox
            label={t('questionnaireEditor.question.invert')}
            description={t('questionnaireEditor.question.invertHint')}
            checked={question.invert ?? false}
            onChange={(event) => set({ invert: event.currentTarget.checked || undefined })}
          />
        </Stack>
      )}
      {question.type === 'number' && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NumberInput
            label={t('questionnaireEditor.question.min')}
            value={question.min ?? ''}
            onChange={(value) => set({ min: toNumber(value) })}
            error={
              question.min !== undefined && question.max !== undefined && question.min > question.max
                ? t('questionnaireEditor.problems.minAboveMax')
                : undefined
            }
          />
          <NumberInput
            label={t('questionnaireEditor.question.max')}
            value={question.max ?? ''}
            onChange={(value) => set({ max: toNumber(value) })}
          />
        </SimpleGrid>
      )}
      <ConditionEditor question={question} earlier={earlier} onChange={(condition) => set({ condition })} />
    </Stack>
  );
}

function toNumber(value: number | string): number | undefined {
  if (value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function helpWith(question: Question, language: 'fr' | 'en', text: string): Question['help'] {
  const help = { fr: question.help?.fr ?? '', en: question.help?.en ?? '', [language]: text };
  return help.fr === '' && help.en === '' ? undefined : help;
}

function OptionsEditor({
  question,
  number,
  onChange,
}: {
  question: Question;
  number: number;
  onChange: (question: Question) => void;
}) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  return (
    <Fieldset
      legend={t('questionnaireEditor.options.legend', { number })}
      variant="unstyled"
      styles={LEGEND_STYLES}
      p={0}
    >
      <Stack gap="sm">
        <Stack component="ol" gap="sm" style={PLAIN_LIST}>
          {options.map((option, index) => {
            const name = t('questionnaireEditor.options.name', { position: index + 1 });
            return (
              // Positions, not keys: a key being typed must not remount the fields.
              <Paper component="li" key={index} withBorder radius="sm" p="sm" bg="gray.0">
                <Stack gap="xs">
                  <Text fw={600} size="sm">
                    {name}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                    <TextInput
                      label={t('questionnaireEditor.options.labelFr', { name })}
                      value={option.label.fr}
                      onChange={(event) =>
                        onChange(
                          updateOption(question, index, {
                            label: { ...option.label, fr: event.currentTarget.value },
                          }),
                        )
                      }
                    />
                    <TextInput
                      label={t('questionnaireEditor.options.labelEn', { name })}
                      lang="en"
                      value={option.label.en}
                      onChange={(event) =>
                        onChange(
                          updateOption(question, index, {
                            label: { ...option.label, en: event.currentTarget.value },
                          }),
                        )
                      }
                    />
                    <TextInput
                      label={t('questionnaireEditor.options.key', { name })}
                      value={option.key}
                      spellCheck={false}
                      autoCapitalize="off"
                      onChange={(event) =>
                        onChange(updateOption(question, index, { key: event.currentTarget.value.trim() }))
                      }
                      error={
                        KEY_PATTERN.test(option.key)
                          ? undefined
                          : t('questionnaireEditor.question.keyInvalid')
                      }
                    />
                  </SimpleGrid>
                  <WeightsEditor
                    legend={t('questionnaireEditor.options.weightsOf', { label: optionLabel(option) })}
                    weights={option.weights}
                    onChange={(weights) => onChange(updateOption(question, index, { weights }))}
                  />
                  <Group gap={4}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      disabled={index === 0}
                      aria-label={t('questionnaireEditor.options.moveUp', { name })}
                      onClick={() => onChange(moveOption(question, index, -1))}
                    >
                      {t('questionnaireEditor.moveUp')}
                    </Button>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      disabled={index === options.length - 1}
                      aria-label={t('questionnaireEditor.options.moveDown', { name })}
                      onClick={() => onChange(moveOption(question, index, 1))}
                    >
                      {t('questionnaireEditor.moveDown')}
                    </Button>
                    <ConfirmButton
                      label={t('questionnaireEditor.delete')}
                      accessibleLabel={t('questionnaireEditor.options.delete', { name })}
                      confirmLabel={t('questionnaireEditor.options.confirmDelete', { name })}
                      onConfirm={() => onChange(removeOption(question, index))}
                    />
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        <Button
          variant="outline"
          size="compact-md"
          w="fit-content"
          onClick={() => onChange(addOption(question))}
        >
          {t('questionnaireEditor.options.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function ConditionEditor({
  question,
  earlier,
  onChange,
}: {
  question: Question;
  earlier: Question[];
  onChange: (condition: QuestionCondition | undefined) => void;
}) {
  const { t } = useTranslation();
  const candidates = earlier.filter((other) => (other.options?.length ?? 0) > 0);
  const condition = question.condition;
  const target = condition ? earlier.find((other) => other.key === condition.question) : undefined;

  return (
    <Fieldset
      legend={t('questionnaireEditor.condition.legend')}
      variant="unstyled"
      styles={LEGEND_STYLES}
      p={0}
    >
      <Stack gap="sm">
        <Checkbox
          label={t('questionnaireEditor.condition.enable')}
          checked={condition !== undefined}
          disabled={condition === undefined && candidates.length === 0}
          description={
            condition === undefined && candidates.length === 0
              ? t('questionnaireEditor.condition.noCandidate')
              : undefined
          }
          onChange={(event) => {
            const first = candidates[0];
            onChange(event.currentTarget.checked && first ? { question: first.key, equals: [] } : undefined);
          }}
        />
        {condition && (
          <>
            <NativeSelect
              label={t('questionnaireEditor.condition.question')}
              value={condition.question}
              onChange={(event) => onChange({ question: event.currentTarget.value, equals: [] })}
              data={[
                ...(target
                  ? []
                  : [
                      {
                        value: condition.question,
                        label: t('questionnaireEditor.condition.missing', { key: condition.question }),
                      },
                    ]),
                ...candidates.map((other) => ({ value: other.key, label: questionLabel(other) })),
              ]}
            />
            {target && (
              <Checkbox.Group
                label={t('questionnaireEditor.condition.equals')}
                description={t('questionnaireEditor.condition.equalsHint')}
                value={condition.equals}
                onChange={(equals) => onChange({ ...condition, equals })}
                inputWrapperOrder={['label', 'description', 'input']}
                error={
                  condition.equals.length === 0 ? t('questionnaireEditor.condition.noneChosen') : undefined
                }
              >
                <Stack gap={6} mt="xs">
                  {(target.options ?? []).map((option) => (
                    <Checkbox key={option.key} value={option.key} label={optionLabel(option)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

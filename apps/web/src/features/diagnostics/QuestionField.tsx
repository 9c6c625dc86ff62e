import {
  SCALE_MAX,
  SCALE_MIN,
  TEXT_ANSWER_MAX,
  type AnswerValue,
  type LocalisedText,
  type Question,
} from '@essaim/domain';
import { Button, Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RequiredMark } from '../projects/RequiredMark';

import classes from './DiagnosticForm.module.css';

export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  /** The reason the API refused the last answer, if it did. */
  problem?: string;
  /** `debounce`: the holder is typing; send after a pause. */
  onChange: (value: AnswerValue | undefined, options?: { debounce?: boolean }) => void;
  /** The holder left a typed field: send now. */
  onCommit: () => void;
}

export function useLocalised() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  return (text: LocalisedText | undefined) => (text ? text[language] || text.fr : '');
}

/** One question of the diagnostic, as the control its type calls for. */
export function QuestionField(props: QuestionFieldProps) {
  const { question } = props;
  switch (question.type) {
    case 'single_choice':
    case 'yes_no':
    case 'scale':
      return <ChoiceQuestion {...props} />;
    case 'multiple_choice':
      return <MultipleChoiceQuestion {...props} />;
    case 'number':
      return <NumberQuestion {...props} />;
    case 'text':
      return <TextQuestion {...props} />;
  }
}

function useProblemMessage(problem: string | undefined): string | undefined {
  const { t } = useTranslation();
  if (problem === undefined) return undefined;
  return t([`diagnostic.problems.${problem}`, 'diagnostic.problems.generic']);
}

function QuestionLabel({ question }: { question: Question }) {
  const localised = useLocalised();
  return (
    <>
      {localised(question.label)}
      {question.required && (
        <>
          {' '}
          <RequiredMark />
        </>
      )}
    </>
  );
}

/** A fieldset whose legend is the question, with its help and its error linked to the group. */
function QuestionFieldset({
  question,
  error,
  children,
}: {
  question: Question;
  error?: string;
  children: ReactNode;
}) {
  const localised = useLocalised();
  const id = useId();
  const help = localised(question.help);
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={classes.fieldset}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className={classes.legend}>
        <QuestionLabel question={question} />
      </legend>
      {help && (
        <Text id={`${id}-help`} size="sm" c="dimmed" mb="xs">
          {help}
        </Text>
      )}
      {children}
      {error && (
        <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)" mt="xs">
          {error}
        </Text>
      )}
    </fieldset>
  );
}

/** Single choice, yes/no and 1–5 scale: radio buttons; a choice is sent at once. */
function ChoiceQuestion({ question, value, problem, onChange }: QuestionFieldProps) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const name = useId();
  const error = useProblemMessage(problem);

  let choices: { key: string; label: string; description?: string; value: AnswerValue }[];
  if (question.type === 'yes_no') {
    choices = [
      { key: 'yes', label: t('diagnostic.yes'), value: true },
      { key: 'no', label: t('diagnostic.no'), value: false },
    ];
  } else if (question.type === 'scale') {
    choices = [];
    for (let point = SCALE_MIN; point <= SCALE_MAX; point += 1) {
      choices.push({
        key: String(point),
        label: String(point),
        description:
          point === SCALE_MIN
            ? t('diagnostic.scaleLow')
            : point === SCALE_MAX
              ? t('diagnostic.scaleHigh')
              : undefined,
        value: point,
      });
    }
  } else {
    choices = (question.options ?? []).map((option) => ({
      key: option.key,
      label: localised(option.label),
      value: option.key,
    }));
  }

  const radios = choices.map((choice) => (
    <Radio
      key={choice.key}
      name={name}
      value={choice.key}
      label={choice.label}
      description={choice.description}
      checked={value === choice.value}
      onChange={() => onChange(choice.value)}
      className={question.type === 'scale' ? classes.scalePoint : undefined}
      // The words of a scale's ends are said with its points, and shown once under the whole row.
      classNames={question.type === 'scale' ? { description: 'visually-hidden' } : undefined}
    />
  ));
  return (
    <QuestionFieldset question={question} error={error}>
      {question.type === 'single_choice' ? (
        <Stack gap="sm">{radios}</Stack>
      ) : (
        <Group
          gap="sm"
          align="flex-start"
          wrap={question.type === 'scale' ? 'nowrap' : 'wrap'}
          className={question.type === 'scale' ? classes.scaleRow : undefined}
        >
          {radios}
        </Group>
      )}
      {question.type === 'scale' && (
        <Group justify="space-between" gap="sm" mt={4} maw="30rem" aria-hidden="true">
          <Text size="sm" c="dimmed">
            {SCALE_MIN} : {t('diagnostic.scaleLow')}
          </Text>
          <Text size="sm" c="dimmed">
            {SCALE_MAX} : {t('diagnostic.scaleHigh')}
          </Text>
        </Group>
      )}
      {value !== undefined && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => onChange(undefined)}>
          {t('diagnostic.clear')}
          <span className="visually-hidden"> : {localised(question.label)}</span>
        </Button>
      )}
    </QuestionFieldset>
  );
}

/** Several choices: check boxes; unticking the last one clears the answer. */
function MultipleChoiceQuestion({ question, value, problem, onChange }: QuestionFieldProps) {
  const localised = useLocalised();
  const error = useProblemMessage(problem);
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (key: string, checked: boolean) => {
    const options = question.options ?? [];
    // Kept in the questionnaire's order, whatever the order of the clicks.
    const next = options
      .map((option) => option.key)
      .filter((candidate) => (candidate === key ? checked : chosen.includes(candidate)));
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <QuestionFieldset question={question} error={error}>
      <Stack gap="sm">
        {(question.options ?? []).map((option) => (
          <Checkbox
            key={option.key}
            value={option.key}
            label={localised(option.label)}
            checked={chosen.includes(option.key)}
            onChange={(event) => toggle(option.key, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </QuestionFieldset>
  );
}

/** Numbers as people type them (`12`, `3,5`); `null` when empty, `NaN` when not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

function NumberQuestion({ question, value, problem, onChange, onCommit }: QuestionFieldProps) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const serverError = useProblemMessage(problem);
  const parsed = parseNumber(text);
  const { min, max } = question;
  let localError: string | undefined;
  if (Number.isNaN(parsed)) localError = t('diagnostic.numberInvalid');
  else if (parsed !== null && ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)))
    localError = t('diagnostic.numberOutOfRange');
  const bounds =
    min !== undefined && max !== undefined
      ? t('diagnostic.numberBetween', { min, max })
      : min !== undefined
        ? t('diagnostic.numberMin', { min })
        : max !== undefined
          ? t('diagnostic.numberMax', { max })
          : undefined;
  const description = [localised(question.help), bounds].filter(Boolean).join(' ');

  return (
    <TextInput
      label={<QuestionLabel question={question} />}
      description={description || undefined}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      error={localError ?? serverError}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const number = parseNumber(next);
        // Only a number within the bounds is sent; the field says what is wrong with the rest.
        if (number === null) onChange(undefined, { debounce: true });
        else if (
          !Number.isNaN(number) &&
          (min === undefined || number >= min) &&
          (max === undefined || number <= max)
        )
          onChange(number, { debounce: true });
      }}
      onBlur={onCommit}
      maw={320}
    />
  );
}

function TextQuestion({ question, value, problem, onChange, onCommit }: QuestionFieldProps) {
  const localised = useLocalised();
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const error = useProblemMessage(problem);
  return (
    <Textarea
      label={<QuestionLabel question={question} />}
      description={localised(question.help) || undefined}
      value={text}
      error={error}
      autosize
      minRows={3}
      maxRows={12}
      maxLength={TEXT_ANSWER_MAX}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(next.trim() === '' ? undefined : next, { debounce: true });
      }}
      onBlur={onCommit}
    />
  );
}

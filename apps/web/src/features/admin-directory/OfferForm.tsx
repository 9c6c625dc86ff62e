import {
  FUNDING_INSTRUMENTS,
  LEGAL_FORMS,
  NEED_CATEGORIES,
  OFFER_KINDS,
  PROJECT_STAGES,
  SECTORS,
  type FundingInstrument,
  type LegalForm,
  type NeedCategory,
  type OfferKind,
  type ProjectStage,
  type Sector,
} from '@essaim/domain';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { OfferAdmin, OfferInput } from '../../api/admin';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { allExplainedByFields, isConflict, serverFieldError } from './form-errors';
import { centsToEurosInput, eurosToCents } from './money-input';

/** The API's fields, in the order of the form. */
const FIELDS = [
  'name',
  'summary',
  'kind',
  'instrument',
  'amountMinCents',
  'amountMaxCents',
  'needCategories',
  'stages',
  'legalForms',
  'sectors',
] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  summary: string;
  kind: OfferKind | '';
  instrument: FundingInstrument | '';
  amountMin: string;
  amountMax: string;
  needCategories: NeedCategory[];
  stages: ProjectStage[];
  legalForms: LegalForm[];
  sectors: Sector[];
  published: boolean;
}

function valuesOf(offer: OfferAdmin | undefined): Values {
  return {
    name: offer?.name ?? '',
    summary: offer?.summary ?? '',
    kind: offer?.kind ?? '',
    instrument: offer?.instrument ?? '',
    amountMin: centsToEurosInput(offer?.amountMinCents),
    amountMax: centsToEurosInput(offer?.amountMaxCents),
    needCategories: offer?.needCategories ?? [],
    stages: offer?.stages ?? [],
    legalForms: offer?.legalForms ?? [],
    sectors: offer?.sectors ?? [],
    published: offer?.published ?? true,
  };
}

/** A checkbox group of a vocabulary, in two columns when there is room. */
function VocabularyGroup<T extends string>({
  label,
  description,
  values,
  options,
  labelOf,
  onChange,
  error,
  required,
  inputRef,
}: {
  label: string;
  description?: string;
  values: T[];
  options: readonly T[];
  labelOf: (value: T) => string;
  onChange: (values: T[]) => void;
  error?: string;
  required?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={values}
      onChange={(next) => onChange(options.filter((option) => next.includes(option)))}
      error={error}
      required={required}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt="xs">
        {options.map((option, index) => (
          <Checkbox
            key={option}
            value={option}
            label={labelOf(option)}
            ref={index === 0 ? inputRef : undefined}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The fields of an offer. Amounts are typed in euros and sent in cents. */
export function OfferForm({
  offer,
  onSubmit,
  saving,
  error,
}: {
  offer?: OfferAdmin;
  onSubmit: (body: OfferInput) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(offer));
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLInputElement>(null);
  const instrumentRef = useRef<HTMLSelectElement>(null);
  const amountMinRef = useRef<HTMLInputElement>(null);
  const amountMaxRef = useRef<HTMLInputElement>(null);
  const needsRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof Values>(key: K, value: Values[K], field?: Field) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (field) setLocalErrors((current) => ({ ...current, [field]: undefined }));
  };
  const errorOf = (field: Field) => localErrors[field] ?? serverFieldError(t, error, field);
  const funding = values.kind === 'funding';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (values.name.trim() === '') found.name = t('adminDirectory.fieldProblems.name.isNotEmpty');
    if (values.kind === '') found.kind = t('adminDirectory.fieldProblems.kind.isNotEmpty');
    if (funding && values.instrument === '')
      found.instrument = t('adminDirectory.fieldProblems.instrument.default');
    const min = funding ? eurosToCents(values.amountMin) : null;
    const max = funding ? eurosToCents(values.amountMax) : null;
    if (min === undefined) found.amountMinCents = t('adminDirectory.form.notAnAmount');
    if (max === undefined) found.amountMaxCents = t('adminDirectory.form.notAnAmount');
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      found.amountMaxCents = t('adminDirectory.fieldProblems.amountMaxCents.default');
    if (values.needCategories.length === 0)
      found.needCategories = t('adminDirectory.fieldProblems.needCategories.default');
    setLocalErrors(found);
    const first = FIELDS.find((field) => found[field] !== undefined);
    if (first) {
      const refs: Partial<Record<Field, RefObject<HTMLElement | null>>> = {
        name: nameRef,
        kind: kindRef,
        instrument: instrumentRef,
        amountMinCents: amountMinRef,
        amountMaxCents: amountMaxRef,
        needCategories: needsRef,
      };
      refs[first]?.current?.focus();
      return;
    }
    onSubmit({
      name: values.name.trim(),
      summary: values.summary.trim(),
      kind: values.kind as OfferKind,
      instrument: funding ? (values.instrument as FundingInstrument) : null,
      amountMinCents: min ?? null,
      amountMaxCents: max ?? null,
      needCategories: values.needCategories,
      stages: values.stages,
      legalForms: values.legalForms,
      sectors: values.sectors,
      ...(offer ? {} : { published: values.published }),
    });
  };

  const showGeneralError = Boolean(error) && !isConflict(error) && !allExplainedByFields(error, FIELDS);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        {showGeneralError && <ErrorAlert title={errorMessage(t, error)} />}
        {Boolean(error) && allExplainedByFields(error, FIELDS) && (
          <ErrorAlert title={t('adminDirectory.form.fixErrors')} />
        )}
        <Text size="sm">{t('adminDirectory.form.requiredNote')}</Text>
        <TextInput
          ref={nameRef}
          label={t('adminDirectory.offer.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value, 'name')}
          error={errorOf('name')}
          required
          maxLength={200}
        />
        <Textarea
          label={t('adminDirectory.offer.summary')}
          description={t('adminDirectory.offer.summaryHint')}
          value={values.summary}
          onChange={(event) => set('summary', event.currentTarget.value, 'summary')}
          error={errorOf('summary')}
          autosize
          minRows={3}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
        />
        <Radio.Group
          label={t('adminDirectory.offer.kind')}
          value={values.kind}
          onChange={(value) => set('kind', value as OfferKind, 'kind')}
          error={errorOf('kind')}
          required
        >
          <Group gap="lg" mt="xs">
            {OFFER_KINDS.map((kind, index) => (
              <Radio
                key={kind}
                value={kind}
                label={t(`directory.vocab.offerKinds.${kind}`)}
                ref={index === 0 ? kindRef : undefined}
              />
            ))}
          </Group>
        </Radio.Group>
        {funding && (
          <>
            <NativeSelect
              ref={instrumentRef}
              label={t('adminDirectory.offer.instrument')}
              value={values.instrument}
              onChange={(event) =>
                set('instrument', event.currentTarget.value as FundingInstrument, 'instrument')
              }
              data={[
                { value: '', label: t('adminDirectory.offer.instrumentPlaceholder'), disabled: true },
                ...FUNDING_INSTRUMENTS.map((instrument) => ({
                  value: instrument,
                  label: t(`directory.vocab.instruments.${instrument}`),
                })),
              ]}
              error={errorOf('instrument')}
              required
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput
                ref={amountMinRef}
                label={t('adminDirectory.offer.amountMin')}
                description={t('adminDirectory.offer.amountHint')}
                inputMode="decimal"
                value={values.amountMin}
                onChange={(event) => set('amountMin', event.currentTarget.value, 'amountMinCents')}
                error={errorOf('amountMinCents')}
                rightSection={<span aria-hidden="true">€</span>}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
              />
              <TextInput
                ref={amountMaxRef}
                label={t('adminDirectory.offer.amountMax')}
                description={t('adminDirectory.offer.amountHint')}
                inputMode="decimal"
                value={values.amountMax}
                onChange={(event) => set('amountMax', event.currentTarget.value, 'amountMaxCents')}
                error={errorOf('amountMaxCents')}
                rightSection={<span aria-hidden="true">€</span>}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
              />
            </SimpleGrid>
          </>
        )}
        <VocabularyGroup
          label={t('adminDirectory.offer.needCategories')}
          description={t('adminDirectory.offer.needCategoriesHint')}
          values={values.needCategories}
          options={NEED_CATEGORIES}
          labelOf={(need) => t(`directory.vocab.needs.${need}`)}
          onChange={(next) => set('needCategories', next, 'needCategories')}
          error={errorOf('needCategories')}
          required
          inputRef={needsRef}
        />
        <VocabularyGroup
          label={t('adminDirectory.offer.stages')}
          description={t('adminDirectory.offer.allIfNone')}
          values={values.stages}
          options={PROJECT_STAGES}
          labelOf={(stage) => t(`directory.vocab.stages.${stage}`)}
          onChange={(next) => set('stages', next, 'stages')}
          error={errorOf('stages')}
        />
        <VocabularyGroup
          label={t('adminDirectory.offer.legalForms')}
          description={t('adminDirectory.offer.allIfNone')}
          values={values.legalForms}
          options={LEGAL_FORMS}
          labelOf={(form) => t(`directory.vocab.legalForms.${form}`)}
          onChange={(next) => set('legalForms', next, 'legalForms')}
          error={errorOf('legalForms')}
        />
        <VocabularyGroup
          label={t('adminDirectory.offer.sectors')}
          description={t('adminDirectory.offer.allIfNone')}
          values={values.sectors}
          options={SECTORS}
          labelOf={(sector) => t(`directory.vocab.sectors.${sector}`)}
          onChange={(next) => set('sectors', next, 'sectors')}
          error={errorOf('sectors')}
        />
        {!offer && (
          <Checkbox
            label={t('adminDirectory.offer.publishNow')}
            description={t('adminDirectory.offer.publishNowHint')}
            checked={values.published}
            onChange={(event) => set('published', event.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {offer ? t('adminDirectory.offer.save') : t('adminDirectory.offer.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

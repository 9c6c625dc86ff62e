import { ORGANISATION_KINDS, type OrganisationKind } from '@essaim/domain';
import {
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { OrganisationAdmin, OrganisationInput } from '../../api/admin';
import { useCommunesByCode, type Commune } from '../../api/directory';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { looksLikeEmail } from '../auth/form-helpers';
import { CommuneSearch, communeLabel } from '../directory/CommuneSearch';
import { departementLabel } from '../directory/departements';
import { PLAIN_LIST } from '../directory/OfferCard';

import { allExplainedByFields, isConflict, serverFieldError } from './form-errors';
import { LEGEND_STYLES } from './legend-styles';

const FIELDS = [
  'name',
  'kind',
  'description',
  'website',
  'contactEmail',
  'contactPhone',
  'address',
  'departements',
  'communes',
] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  kind: OrganisationKind | '';
  description: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
  departements: string[];
  communes: string[];
  published: boolean;
}

function valuesOf(organisation: OrganisationAdmin | undefined): Values {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    description: organisation?.description ?? '',
    website: organisation?.website ?? '',
    contactEmail: organisation?.contactEmail ?? '',
    contactPhone: organisation?.contactPhone ?? '',
    address: organisation?.address ?? '',
    departements: organisation?.departements ?? [],
    communes: organisation?.communes ?? [],
    published: organisation?.published ?? true,
  };
}

/** People type `www.exemple.fr`: the address of a site starts with its protocol. */
export function normaliseWebsite(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^https?:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

/**
 * The fields of a structure. `organisation` absent: a new one. The caller saves (`onSubmit`) and
 * passes the outcome of the save (`error`), shown under the fields it concerns.
 */
export function OrganisationForm({
  organisation,
  territoryCode,
  departementChoices,
  onSubmit,
  saving,
  error,
}: {
  organisation?: OrganisationAdmin;
  territoryCode: string;
  departementChoices: string[];
  onSubmit: (body: OrganisationInput) => void;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(organisation));
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const [picked, setPicked] = useState<Map<string, Commune>>(new Map());
  const known = useCommunesByCode(
    territoryCode,
    values.communes.filter((code) => !picked.has(code)),
  );
  const nameRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const websiteRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [key]: undefined }));
  };
  const errorOf = (field: Field) => localErrors[field] ?? serverFieldError(t, error, field);

  const communeName = (code: string) => {
    const commune = picked.get(code) ?? known.byCode.get(code);
    return commune ? communeLabel(commune) : code;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (values.name.trim() === '') found.name = t('adminDirectory.fieldProblems.name.isNotEmpty');
    if (values.kind === '') found.kind = t('adminDirectory.fieldProblems.kind.isNotEmpty');
    const website = normaliseWebsite(values.website);
    if (website !== '' && !/^https?:\/\/[^\s.]+\.[^\s]+$/i.test(website))
      found.website = t('adminDirectory.fieldProblems.website.default');
    if (values.contactEmail.trim() !== '' && !looksLikeEmail(values.contactEmail))
      found.contactEmail = t('adminDirectory.fieldProblems.contactEmail.default');
    setLocalErrors(found);
    const first = (['name', 'kind', 'website', 'contactEmail'] as const).find((field) => found[field]);
    if (first) {
      const refs: Record<typeof first, RefObject<HTMLElement | null>> = {
        name: nameRef,
        kind: kindRef,
        website: websiteRef,
        contactEmail: emailRef,
      };
      refs[first].current?.focus();
      return;
    }
    const optional = (value: string) =>
      value.trim() === '' ? (organisation ? null : undefined) : value.trim();
    onSubmit({
      name: values.name.trim(),
      kind: values.kind as OrganisationKind,
      description: values.description.trim(),
      website: optional(website),
      contactEmail: optional(values.contactEmail),
      contactPhone: optional(values.contactPhone),
      address: optional(values.address),
      departements: values.departements,
      communes: values.communes,
      ...(organisation ? {} : { published: values.published }),
    });
  };

  const choices = [...new Set([...departementChoices, ...values.departements])];
  const showGeneralError = Boolean(error) && !isConflict(error) && !allExplainedByFields(error, FIELDS);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        {showGeneralError && <ErrorAlert title={errorMessage(t, error)} />}
        <Text size="sm">{t('adminDirectory.form.requiredNote')}</Text>
        <TextInput
          ref={nameRef}
          label={t('adminDirectory.organisation.name')}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errorOf('name')}
          required
          maxLength={200}
        />
        <NativeSelect
          ref={kindRef}
          label={t('adminDirectory.organisation.kind')}
          value={values.kind}
          onChange={(event) => set('kind', event.currentTarget.value as OrganisationKind)}
          data={[
            { value: '', label: t('adminDirectory.organisation.kindPlaceholder'), disabled: true },
            ...ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: t(`directory.vocab.organisationKinds.${kind}`),
            })),
          ]}
          error={errorOf('kind')}
          required
        />
        <Textarea
          label={t('adminDirectory.organisation.description')}
          description={t('adminDirectory.organisation.descriptionHint')}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorOf('description')}
          autosize
          minRows={3}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
        />
        <Fieldset
          legend={t('adminDirectory.organisation.contactLegend')}
          variant="unstyled"
          styles={LEGEND_STYLES}
        >
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                ref={websiteRef}
                label={t('adminDirectory.organisation.website')}
                description={t('adminDirectory.organisation.websiteHint')}
                type="url"
                inputMode="url"
                value={values.website}
                onChange={(event) => set('website', event.currentTarget.value)}
                error={errorOf('website')}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
              />
              <TextInput
                ref={emailRef}
                label={t('adminDirectory.organisation.contactEmail')}
                type="email"
                inputMode="email"
                value={values.contactEmail}
                onChange={(event) => set('contactEmail', event.currentTarget.value)}
                error={errorOf('contactEmail')}
              />
              <TextInput
                label={t('adminDirectory.organisation.contactPhone')}
                type="tel"
                inputMode="tel"
                value={values.contactPhone}
                onChange={(event) => set('contactPhone', event.currentTarget.value)}
                error={errorOf('contactPhone')}
              />
            </SimpleGrid>
            <Textarea
              label={t('adminDirectory.organisation.address')}
              value={values.address}
              onChange={(event) => set('address', event.currentTarget.value)}
              error={errorOf('address')}
              autosize
              minRows={2}
            />
          </Stack>
        </Fieldset>
        <Fieldset
          legend={t('adminDirectory.organisation.areaLegend')}
          variant="unstyled"
          styles={LEGEND_STYLES}
        >
          <Stack gap="md">
            <Text size="sm">{t('adminDirectory.organisation.areaHint')}</Text>
            <Checkbox.Group
              label={t('adminDirectory.organisation.departements')}
              value={values.departements}
              onChange={(next) => set('departements', next)}
              error={errorOf('departements')}
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt="xs">
                {choices.map((code) => (
                  <Checkbox key={code} value={code} label={departementLabel(code)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <CommuneSearch
              territory={territoryCode}
              label={t('adminDirectory.organisation.addCommune')}
              clearOnPick
              onPick={(commune) => {
                setPicked((current) => new Map(current).set(commune.code, commune));
                if (!values.communes.includes(commune.code))
                  set('communes', [...values.communes, commune.code]);
              }}
              error={errorOf('communes')}
            />
            {values.communes.length > 0 && (
              <Stack gap={6}>
                <Text size="sm" fw={600} id="organisation-communes">
                  {t('adminDirectory.organisation.communesChosen', { count: values.communes.length })}
                </Text>
                <Group component="ul" gap={6} style={PLAIN_LIST} aria-labelledby="organisation-communes">
                  {values.communes.map((code) => (
                    <Group
                      component="li"
                      key={code}
                      gap={4}
                      wrap="nowrap"
                      px="sm"
                      py={2}
                      style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 999 }}
                    >
                      <Text size="sm">{communeName(code)}</Text>
                      <CloseButton
                        size="sm"
                        aria-label={t('adminDirectory.organisation.removeCommune', {
                          name: communeName(code),
                        })}
                        onClick={() =>
                          set(
                            'communes',
                            values.communes.filter((other) => other !== code),
                          )
                        }
                      />
                    </Group>
                  ))}
                </Group>
              </Stack>
            )}
          </Stack>
        </Fieldset>
        {!organisation && (
          <Checkbox
            label={t('adminDirectory.organisation.publishNow')}
            description={t('adminDirectory.organisation.publishNowHint')}
            checked={values.published}
            onChange={(event) => set('published', event.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {organisation ? t('adminDirectory.organisation.save') : t('adminDirectory.organisation.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useTerritorySettings, useUpdateTerritorySettings, type TerritorySettings } from '../../api/staff';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { RequireTerritoryAdmin } from '../admin-directory/RequireTerritoryAdmin';
import { focusFirstInvalid, hasErrors, looksLikeEmail } from '../auth/form-helpers';
import { MailFailuresSection } from '../notifications/MailFailuresSection';

import { explainedByFields, staffFieldError } from './staff-errors';

const FIELDS = ['slaDays', 'inactivityDays', 'contactEmail'] as const;
type Field = (typeof FIELDS)[number];
const LIMITS = { slaDays: 90, inactivityDays: 365 } as const;

/** `/app/territory`: the territory's alert thresholds and contact address. */
export function TerritorySettingsPage() {
  return (
    <RequireTerritoryAdmin>
      <Settings />
    </RequireTerritoryAdmin>
  );
}

function Settings() {
  const { t } = useTranslation();
  const settings = useTerritorySettings();
  if (settings.isPending) return <FullPageLoader />;
  if (settings.isError) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('staff.settings.title')}</PageHeading>
        <ErrorAlert title={errorMessage(t, settings.error)} />
        <Button onClick={() => void settings.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={720}>
      <Stack gap="xs">
        <PageHeading>{t('staff.settings.title')}</PageHeading>
        <Text>{t('staff.settings.intro', { territory: settings.data.name })}</Text>
      </Stack>
      <SettingsForm settings={settings.data} />
      <MailFailuresSection />
    </Stack>
  );
}

/** A whole number in the range, or the problem with what was typed. */
function daysProblem(value: number | string, max: number): 'required' | 'range' | null {
  if (value === '') return 'required';
  return Number.isInteger(value) && Number(value) >= 1 && Number(value) <= max ? null : 'range';
}

function SettingsForm({ settings }: { settings: TerritorySettings }) {
  const { t } = useTranslation();
  const update = useUpdateTerritorySettings();
  const [slaDays, setSlaDays] = useState<number | string>(settings.slaDays);
  const [inactivityDays, setInactivityDays] = useState<number | string>(settings.inactivityDays);
  const [contactEmail, setContactEmail] = useState(settings.contactEmail ?? '');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const slaDaysRef = useRef<HTMLInputElement>(null);
  const inactivityDaysRef = useRef<HTMLInputElement>(null);
  const contactEmailRef = useRef<HTMLInputElement>(null);
  const errorOf = (field: Field) => localErrors[field] ?? staffFieldError(t, update.error, field);
  const edited = () => {
    setSaved(false);
    setLocalErrors({});
    if (update.isError) update.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const [field, value] of [
      ['slaDays', slaDays],
      ['inactivityDays', inactivityDays],
    ] as const) {
      const problem = daysProblem(value, LIMITS[field]);
      if (problem) found[field] = t(`staff.settings.problems.${problem}`, { max: LIMITS[field] });
    }
    if (contactEmail.trim() !== '' && !looksLikeEmail(contactEmail))
      found.contactEmail = t('staff.fieldProblems.contactEmail.isEmail');
    setLocalErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(FIELDS, found, {
        slaDays: slaDaysRef,
        inactivityDays: inactivityDaysRef,
        contactEmail: contactEmailRef,
      });
      return;
    }
    update.mutate(
      {
        slaDays: Number(slaDays),
        inactivityDays: Number(inactivityDays),
        contactEmail: contactEmail.trim() || null,
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div role="status" aria-live="polite">
            {saved && <Alert color="essaim" variant="light" title={t('staff.settings.saved')} />}
          </div>
          {update.isError && !explainedByFields(update.error, FIELDS) && (
            <ErrorAlert title={errorMessage(t, update.error)} />
          )}
          <NumberInput
            ref={slaDaysRef}
            label={t('staff.settings.slaDays')}
            description={t('staff.settings.slaDaysHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            value={slaDays}
            onChange={(value) => {
              setSlaDays(value);
              edited();
            }}
            error={errorOf('slaDays')}
            min={1}
            max={LIMITS.slaDays}
            allowDecimal={false}
            allowNegative={false}
            required
            maw={240}
          />
          <NumberInput
            ref={inactivityDaysRef}
            label={t('staff.settings.inactivityDays')}
            description={t('staff.settings.inactivityDaysHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            value={inactivityDays}
            onChange={(value) => {
              setInactivityDays(value);
              edited();
            }}
            error={errorOf('inactivityDays')}
            min={1}
            max={LIMITS.inactivityDays}
            allowDecimal={false}
            allowNegative={false}
            required
            maw={240}
          />
          <TextInput
            ref={contactEmailRef}
            type="email"
            label={t('staff.settings.contactEmail')}
            description={t('staff.settings.contactEmailHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            value={contactEmail}
            onChange={(event) => {
              setContactEmail(event.currentTarget.value);
              edited();
            }}
            error={errorOf('contactEmail')}
            maxLength={320}
          />
          <Button type="submit" loading={update.isPending} w="fit-content">
            {t('staff.settings.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

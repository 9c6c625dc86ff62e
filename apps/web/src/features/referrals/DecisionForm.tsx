import { isApiError } from '@essaim/api-client';
import { FUNDING_INSTRUMENTS, type FundingInstrument, type ReferralAction } from '@essaim/domain';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useDecideReferral, type ReferralDto } from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useFormatters } from '../projects/format';

import { parseAmount } from './amounts';

const TEXT_MAX_LENGTH = 5_000;

type Decision = 'approved' | 'declined';
type Field = 'grantedCents' | 'confirmAboveAsked' | 'reason' | 'conditions' | 'grantedInstrument';

/**
 * The funder's decision: approve (the amount granted in euros, the instrument, the conditions;
 * more than was asked must be confirmed) or decline (the reason, which the holder reads).
 * `actions` says which of the two the referral allows now.
 */
export function DecisionForm({
  referral,
  actions,
  onConflict,
}: {
  referral: Pick<ReferralDto, 'id' | 'version' | 'askedCents' | 'askedInstrument'>;
  actions: readonly ReferralAction[];
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const decide = useDecideReferral(referral.id);
  const choices: Decision[] = [
    ...(actions.includes('approve') ? (['approved'] as const) : []),
    ...(actions.includes('decline') ? (['declined'] as const) : []),
  ];
  const [decision, setDecision] = useState<Decision | null>(
    choices.length === 1 ? (choices[0] ?? null) : null,
  );
  const [amount, setAmount] = useState('');
  const [instrument, setInstrument] = useState<FundingInstrument>(referral.askedInstrument ?? 'grant');
  const [conditions, setConditions] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field | 'decision', string>>>({});

  const parsed = parseAmount(amount);
  const aboveAsked = parsed.ok && parsed.cents > referral.askedCents;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field | 'decision', string>> = {};
    if (decision === null) problems.decision = t('referrals.decision.chooseRequired');
    if (decision === 'approved') {
      if (!parsed.ok) problems.grantedCents = t(`referrals.amount.${parsed.problem}`);
      else if (aboveAsked && !confirm) problems.confirmAboveAsked = t('referrals.decision.confirmRequired');
    }
    if (decision === 'declined' && reason.trim() === '')
      problems.reason = t('referrals.decision.reasonRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || decision === null) return;
    const body =
      decision === 'approved' && parsed.ok
        ? {
            version: referral.version,
            decision,
            grantedCents: parsed.cents,
            grantedInstrument: instrument,
            conditions: conditions.trim(),
            confirmAboveAsked: aboveAsked ? confirm : false,
          }
        : { version: referral.version, decision, reason: reason.trim() };
    decide.mutate(body, {
      onError: (error) => {
        if (isConflict(error)) {
          onConflict();
          return;
        }
        if (isApiError(error) && error.code === 'validation_failed') {
          const fromServer: Partial<Record<Field, string>> = {};
          for (const detail of error.details) {
            const field = detail.field as Field;
            if (field === 'confirmAboveAsked')
              fromServer.confirmAboveAsked = t('referrals.decision.confirmRequired');
            else if (field === 'grantedCents') fromServer.grantedCents = t('referrals.amount.invalid');
            else if (field === 'reason') fromServer.reason = t('referrals.decision.reasonRequired');
            else if (field === 'conditions') fromServer.conditions = t('validation.generic');
          }
          setErrors(fromServer);
        }
      },
    });
  };

  const unexplained =
    decide.isError &&
    !isConflict(decide.error) &&
    !(
      isApiError(decide.error) &&
      decide.error.code === 'validation_failed' &&
      Object.keys(errors).length > 0
    );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="referral-decide">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h3" id="referral-decide">
            {t('referrals.decision.title')}
          </Title>
          <Text size="sm">
            {t('referrals.decision.asked', {
              amount: format.euros(referral.askedCents),
              instrument: t(`directory.vocab.instruments.${referral.askedInstrument}`),
            })}
          </Text>
          {choices.length > 1 && (
            <Radio.Group
              label={t('referrals.decision.choose')}
              value={decision}
              onChange={(value) => {
                setDecision(value);
                setErrors({});
              }}
              error={errors.decision}
              required
            >
              <Group gap="lg" mt="xs">
                {choices.map((choice) => (
                  <Radio key={choice} value={choice} label={t(`referrals.decision.${choice}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {decision === 'approved' && (
            <>
              <Group gap="md" align="flex-start" wrap="wrap">
                <TextInput
                  label={t('referrals.decision.amount')}
                  description={t('referrals.amount.hint')}
                  value={amount}
                  onChange={(event) => {
                    setAmount(event.currentTarget.value);
                    setConfirm(false);
                    setErrors((current) => ({
                      ...current,
                      grantedCents: undefined,
                      confirmAboveAsked: undefined,
                    }));
                  }}
                  error={errors.grantedCents}
                  inputMode="decimal"
                  rightSection="€"
                  required
                  maw={260}
                />
                <NativeSelect
                  label={t('referrals.decision.instrument')}
                  value={instrument}
                  onChange={(event) => setInstrument(event.currentTarget.value as FundingInstrument)}
                  data={FUNDING_INSTRUMENTS.map((value) => ({
                    value,
                    label: t(`directory.vocab.instruments.${value}`),
                  }))}
                  required
                />
              </Group>
              {aboveAsked && parsed.ok && (
                <Checkbox
                  label={t('referrals.decision.confirmAbove', {
                    granted: format.euros(parsed.cents),
                    asked: format.euros(referral.askedCents),
                  })}
                  checked={confirm}
                  onChange={(event) => {
                    setConfirm(event.currentTarget.checked);
                    setErrors((current) => ({ ...current, confirmAboveAsked: undefined }));
                  }}
                  error={errors.confirmAboveAsked}
                />
              )}
              <Textarea
                label={t('referrals.decision.conditions')}
                description={t('referrals.decision.conditionsHint')}
                value={conditions}
                onChange={(event) => setConditions(event.currentTarget.value)}
                error={errors.conditions}
                maxLength={TEXT_MAX_LENGTH}
                autosize
                minRows={2}
              />
            </>
          )}
          {decision === 'declined' && (
            <Textarea
              label={t('referrals.decision.reason')}
              description={t('referrals.decision.reasonHint')}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setErrors((current) => ({ ...current, reason: undefined }));
              }}
              error={errors.reason}
              maxLength={TEXT_MAX_LENGTH}
              autosize
              minRows={3}
              required
            />
          )}
          {unexplained && (
            <ErrorAlert title={t('referrals.decision.notSaved')}>
              <Text size="sm">{errorMessage(t, decide.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={decide.isPending}>
              {t('referrals.decision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

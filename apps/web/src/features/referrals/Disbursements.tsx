import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { useRecordDisbursement, type ReferralDto } from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCaseFormatters } from '../case-page/format';

import { parseAmount, today } from './amounts';

/** What was granted, paid and is left to pay, the payments, and (for the funder) recording one. */
export function Disbursements({
  referral,
  canRecord,
  onConflict,
}: {
  referral: ReferralDto;
  canRecord: boolean;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const granted = referral.grantedCents ?? 0;
  const remaining = referral.remainingCents ?? Math.max(0, granted - referral.paidCents);
  const totals: [string, string][] = [
    [t('referrals.money.granted'), format.euros(granted)],
    [t('referrals.money.paid'), format.euros(referral.paidCents)],
    [t('referrals.money.remaining'), format.euros(remaining)],
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="referral-payments">
      <Title order={2} fz="h3" id="referral-payments">
        {t('referrals.payments.title')}
      </Title>
      <dl className="facts-inline" style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', margin: 0 }}>
        {totals.map(([label, value]) => (
          <Fragment key={label}>
            <div>
              <Text component="dt" size="sm">
                {label}
              </Text>
              <Text component="dd" fw={700} fz="lg" m={0}>
                {value}
              </Text>
            </div>
          </Fragment>
        ))}
      </dl>
      {referral.disbursements.length === 0 ? (
        <Text size="sm">{canRecord ? t('referrals.payments.noneFunder') : t('referrals.payments.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder striped captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left' }}>{t('referrals.payments.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referrals.payments.paidOn')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referrals.payments.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('referrals.payments.recordedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referral.disbursements.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Td>{format.day(payment.paidOn)}</Table.Td>
                  <Table.Td ta="right">{format.euros(payment.amountCents)}</Table.Td>
                  <Table.Td>{personName(payment.recordedBy)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canRecord && remaining > 0 && (
        <PaymentForm referral={referral} remaining={remaining} onConflict={onConflict} />
      )}
    </Stack>
  );
}

function PaymentForm({
  referral,
  remaining,
  onConflict,
}: {
  referral: ReferralDto;
  remaining: number;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const record = useRecordDisbursement(referral.id);
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today());
  const [errors, setErrors] = useState<{ amount?: string; paidOn?: string }>({});
  const [saved, setSaved] = useState<number | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = parseAmount(amount);
    const problems: { amount?: string; paidOn?: string } = {};
    if (!parsed.ok) problems.amount = t(`referrals.amount.${parsed.problem}`);
    else if (parsed.cents > remaining)
      problems.amount = t('referrals.payments.aboveRemaining', { remaining: format.euros(remaining) });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) problems.paidOn = t('referrals.payments.dateRequired');
    else if (paidOn > today()) problems.paidOn = t('referrals.payments.dateFuture');
    setErrors(problems);
    if (!parsed.ok || Object.keys(problems).length > 0) return;
    record.mutate(
      { version: referral.version, amountCents: parsed.cents, paidOn },
      {
        onSuccess: () => {
          setSaved(parsed.cents);
          setAmount('');
        },
        onError: (error) => {
          if (isConflict(error)) onConflict();
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="record-payment">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h4" id="record-payment">
            {t('referrals.payments.recordTitle')}
          </Title>
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput
              label={t('referrals.payments.amount')}
              description={t('referrals.payments.amountHint', { remaining: format.euros(remaining) })}
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={errors.amount}
              inputMode="decimal"
              rightSection="€"
              required
              maw={280}
            />
            <TextInput
              type="date"
              label={t('referrals.payments.paidOn')}
              value={paidOn}
              max={today()}
              onChange={(event) => setPaidOn(event.currentTarget.value)}
              error={errors.paidOn}
              required
            />
          </Group>
          {record.isError && !isConflict(record.error) && (
            <ErrorAlert title={t('referrals.payments.notSaved')}>
              <Text size="sm">{errorMessage(t, record.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('referrals.payments.record')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {saved !== null && (
              <Text size="sm" c="essaim.9" fw={600}>
                {t('referrals.payments.recorded', { amount: format.euros(saved) })}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

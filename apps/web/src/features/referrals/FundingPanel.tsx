import type { CaseStage } from '@essaim/domain';
import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { errorMessage } from '../../api/errors';
import {
  useCaseFunding,
  useWithdrawReferral,
  type CaseFundingDto,
  type ReferralSummaryDto,
} from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadError } from '../../ui/LoadError';
import { isConflict } from '../admin-directory/form-errors';
import type { HeadingLevel } from '../case-page/section';
import { PLAIN_LIST } from '../directory/OfferCard';
import { useFormatters } from '../projects/format';

import { AnswerForm } from './Exchanges';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { SendReferralsDialog } from './SendReferralsDialog';

const sub = (level: HeadingLevel): 3 | 4 => (level === 2 ? 3 : 4);

/**
 * The case's funding: what was asked from which funders, what is secured and paid, where each
 * referral stands. The case's advisors send the dossier to funders and withdraw a referral; the
 * advisors and the holders answer a funder's question.
 */
export function FundingPanel({
  caseId,
  staff,
  canRefer,
  caseStage,
  canMoveToFunding = false,
  caseVersion,
  level,
}: {
  caseId: string;
  staff: boolean;
  /** One of the case's advisors: may send and withdraw. */
  canRefer: boolean;
  caseStage: CaseStage;
  /** The workflow lets the caller move the case to funding: sending then moves it too. */
  canMoveToFunding?: boolean;
  caseVersion: number;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const funding = useCaseFunding(caseId);
  const [sending, setSending] = useState(false);
  /** What the last action did, kept in the panel: the form that did it may be gone. */
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = `funding-${caseId}`;

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" gap="sm">
        <Title order={level} fz="h4" id={headingId}>
          {t('referrals.funding.title')}
        </Title>
        {canRefer && (caseStage === 'funding' || canMoveToFunding) && (
          <Button variant="outline" onClick={() => setSending(true)}>
            {t('referrals.send.open')}
          </Button>
        )}
      </Group>
      {canRefer && caseStage !== 'funding' && (
        <Text size="sm">
          {canMoveToFunding ? t('referrals.send.movesToFunding') : t('referrals.send.moveFirst')}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {notice !== null && (
          <Text size="sm" c="essaim.9" fw={600}>
            {notice}
          </Text>
        )}
      </div>
      {funding.isPending ? (
        <Skeleton height={120} radius="md" />
      ) : funding.isError ? (
        <LoadError
          title={t('referrals.funding.loadFailed')}
          error={funding.error}
          onRetry={() => void funding.refetch()}
        />
      ) : funding.data.referrals.length === 0 ? (
        <Text size="sm">
          {staff
            ? canRefer
              ? t('referrals.funding.emptyAdvisor')
              : t('referrals.funding.emptyStaff')
            : t('referrals.funding.emptyHolder')}
        </Text>
      ) : (
        <>
          <FundingTotals funding={funding.data} level={sub(level)} />
          <Stack gap="sm" component="ul" style={PLAIN_LIST} aria-label={t('referrals.funding.listLabel')}>
            {funding.data.referrals.map((referral) => (
              <li key={referral.id}>
                <ReferralCard
                  caseId={caseId}
                  referral={referral}
                  staff={staff}
                  level={sub(level)}
                  onConflict={() => void funding.refetch()}
                  onAnswered={() => setNotice(t('referrals.exchanges.answered'))}
                />
              </li>
            ))}
          </Stack>
        </>
      )}
      {sending && (
        <SendReferralsDialog
          caseId={caseId}
          caseVersion={caseVersion}
          moveToFunding={caseStage !== 'funding'}
          onClose={() => setSending(false)}
          onSent={(count) => {
            setNotice(t('referrals.send.sent', { count }));
            setSending(false);
          }}
        />
      )}
    </Stack>
  );
}

/** The financing plan: asked (from whom, still waiting), secured, paid. */
function FundingTotals({ funding, level }: { funding: CaseFundingDto; level: 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { totals } = funding;
  const tiles: [string, number][] = [
    [t('referrals.money.asked'), totals.askedCents],
    [t('referrals.money.pending'), totals.pendingAskedCents],
    [t('referrals.money.granted'), totals.grantedCents],
    [t('referrals.money.paid'), totals.paidCents],
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('referrals.funding.totalsTitle')}>
      <Stack gap="xs">
        <Title order={level} fz="h5">
          {t('referrals.funding.totalsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
          {tiles.map(([label, cents]) => (
            <div key={label}>
              <Text component="dt" size="sm">
                {label}
              </Text>
              <Text component="dd" fw={700} fz="lg" m={0}>
                {format.euros(cents)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function ReferralCard({
  caseId,
  referral,
  staff,
  level,
  onConflict,
  onAnswered,
}: {
  caseId: string;
  referral: ReferralSummaryDto;
  staff: boolean;
  level: 3 | 4;
  onConflict: () => void;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [withdrawing, setWithdrawing] = useState(false);
  const instrument = (value: string) => t(`directory.vocab.instruments.${value}`);
  const question = referral.openQuestion;
  const canAnswer =
    referral.actions.includes('answer') && question !== null && referral.version !== undefined;

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={`referral-${referral.id}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Title order={level} fz="h5" id={`referral-${referral.id}`} style={{ overflowWrap: 'anywhere' }}>
            {t('referrals.funding.cardTitle', {
              organisation: referral.organisation.name,
              offer: referral.offer.name,
            })}
          </Title>
          <ReferralStatusBadge status={referral.status} />
        </Group>
        <Text size="sm">
          {t('referrals.funding.askedOn', {
            amount: format.euros(referral.askedCents),
            instrument: instrument(referral.askedInstrument),
            date: format.date(referral.createdAt),
          })}
        </Text>
        {referral.status === 'approved' && referral.grantedCents !== null && (
          <>
            <Text size="sm" fw={600}>
              {t('referrals.funding.granted', {
                amount: format.euros(referral.grantedCents),
                instrument: instrument(referral.grantedInstrument ?? referral.askedInstrument),
                paid: format.euros(referral.paidCents),
              })}
            </Text>
            {referral.conditions && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('referrals.decision.conditionsText', { conditions: referral.conditions })}
              </Text>
            )}
          </>
        )}
        {referral.status === 'declined' && referral.declineReason && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('referrals.decision.reasonText', { reason: referral.declineReason })}
          </Text>
        )}
        {question && !canAnswer && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('referrals.funding.openQuestion', { question: question.body })}
          </Text>
        )}
        {canAnswer && referral.version !== undefined && (
          <AnswerForm
            referralId={referral.id}
            version={referral.version}
            caseId={caseId}
            question={question}
            level={level === 3 ? 4 : 4}
            onConflict={onConflict}
            onAnswered={onAnswered}
          />
        )}
        <Group gap="sm">
          {staff && (
            <Anchor component={Link} to={`/app/referrals/${referral.id}`} size="sm">
              {t('referrals.funding.openReferral', { organisation: referral.organisation.name })}
            </Anchor>
          )}
          {referral.actions.includes('withdraw') && referral.version !== undefined && (
            <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => setWithdrawing(true)}>
              {t('referrals.withdraw.open')}
            </Button>
          )}
        </Group>
      </Stack>
      {withdrawing && referral.version !== undefined && (
        <WithdrawDialog
          caseId={caseId}
          referral={{ ...referral, version: referral.version }}
          onClose={() => setWithdrawing(false)}
        />
      )}
    </Paper>
  );
}

function WithdrawDialog({
  caseId,
  referral,
  onClose,
}: {
  caseId: string;
  referral: ReferralSummaryDto & { version: number };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawReferral(caseId);
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('referrals.withdraw.title', { organisation: referral.organisation.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          withdraw.mutate(
            {
              id: referral.id,
              version: referral.version,
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('referrals.withdraw.explain')}</Text>
          <Textarea
            label={t('referrals.withdraw.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={5_000}
            autosize
            minRows={2}
          />
          {withdraw.isError && (
            <ErrorAlert title={t('referrals.withdraw.failed')}>
              <Text size="sm">
                {isConflict(withdraw.error)
                  ? t('referrals.withdraw.conflict')
                  : errorMessage(t, withdraw.error)}
              </Text>
            </ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('casePage.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={withdraw.isPending}>
              {t('referrals.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { isApiError } from '@essaim/api-client';
import { can } from '@essaim/domain';
import { Anchor, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { personName } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { referralDocumentUrl, useOpenReferral, useReferral, type ReferralDto } from '../../api/referrals';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { isConflict } from '../admin-directory/form-errors';
import { casePath } from '../case-list/case-display';
import { useCaseFormatters } from '../case-page/format';
import classes from '../case-page/CasePage.module.css';
import { PLAIN_LIST } from '../directory/OfferCard';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { DecisionForm } from './DecisionForm';
import { Disbursements } from './Disbursements';
import { AnswerForm, ExchangeList, QuestionForm } from './Exchanges';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { ReviewGrid } from './ReviewGrid';
import { NeedProfileView } from '../diagnostics/NeedProfileView';

// recharts is heavy: it comes in its own file, only when the chart is shown.

/** `/app/referrals/:referralId`: a referral as the funder reviews it (or the case's staff follow it). */
export function ReferralPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'referral:review') && !can(me.role, 'case:work')) return <NotFoundPage />;
  return <ReferralLoader />;
}

function ReferralLoader() {
  const { t } = useTranslation();
  const { referralId = '' } = useParams();
  const found = useReferral(referralId);
  if (found.isPending) return <FullPageLoader />;
  if (found.isError) {
    if (isApiError(found.error) && (found.error.status === 404 || found.error.status === 403)) {
      return <NotFoundPage />;
    }
    return (
      <Stack gap="md" align="flex-start" maw={720}>
        <PageHeading>{t('referrals.page.loadFailed')}</PageHeading>
        <Text>{errorMessage(t, found.error)}</Text>
        <Button onClick={() => void found.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  return <ReferralView key={found.data.id} referral={found.data} reload={() => found.refetch()} />;
}

export function ReferralView({
  referral,
  reload,
}: {
  referral: ReferralDto;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useCaseFormatters();
  const funder = can(me.role, 'referral:review');
  const open = useOpenReferral(referral.id);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  // Forms start again from the reloaded referral.
  const [formKey, setFormKey] = useState(0);
  const [exchangeNotice, setExchangeNotice] = useState<string | null>(null);
  const actions = referral.actions;
  const onConflict = () => setConflict(true);

  const reloadReferral = async () => {
    setReloading(true);
    await reload();
    open.reset();
    setReloading(false);
    setConflict(false);
    setFormKey((key) => key + 1);
  };

  const reviewing = referral.status === 'in_review' || referral.status === 'info_requested';
  const decided = referral.status === 'approved' || referral.status === 'declined';
  const openQuestion = referral.openQuestion;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={referral.caseId ? `${casePath(referral.caseId)}?tab=funding` : '/app/referrals'}
          size="sm"
          w="fit-content"
        >
          {referral.caseId ? t('referrals.page.backToCase') : t('referrals.page.backToInbox')}
        </Anchor>
        <Group gap="sm" align="center" wrap="wrap">
          <PageHeading>
            {t('referrals.page.title', {
              reference: referral.reference,
              project: referral.snapshot.project.name,
            })}
          </PageHeading>
          <ReferralStatusBadge status={referral.status} />
        </Group>
        <Text>
          {t('referrals.page.asked', {
            offer: referral.offer.name,
            organisation: referral.organisation.name,
            amount: format.euros(referral.askedCents),
            instrument: t(`directory.vocab.instruments.${referral.askedInstrument}`),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('referrals.page.sentBy', {
            name: personName(referral.sentBy),
            date: format.date(referral.sentAt),
          })}
        </Text>
      </Stack>

      {conflict && (
        <ConflictAlert
          title={t('referrals.page.conflictTitle')}
          message={t('referrals.page.conflict')}
          reloadLabel={t('referrals.page.reload')}
          reloading={reloading}
          onReload={() => void reloadReferral()}
        />
      )}

      {actions.includes('open') && (
        <Paper withBorder radius="md" p="md" maw={760}>
          <Stack gap="sm" align="flex-start">
            <Text>{t('referrals.page.openHint')}</Text>
            <Button
              loading={open.isPending}
              onClick={() =>
                open.mutate(
                  { version: referral.version },
                  { onError: (error) => isConflict(error) && onConflict() },
                )
              }
            >
              {t('referrals.page.open')}
            </Button>
            {open.isError && !isConflict(open.error) && (
              <ErrorAlert title={t('referrals.page.notOpened')}>
                <Text size="sm">{errorMessage(t, open.error)}</Text>
              </ErrorAlert>
            )}
          </Stack>
        </Paper>
      )}

      <DecisionSummary referral={referral} />

      <Dossier referral={referral} />

      <ReferralDocuments referral={referral} />

      <ReviewGrid
        key={`review-${formKey}`}
        referral={referral}
        editable={funder && reviewing}
        onConflict={onConflict}
      />

      <Stack gap="md" component="section" aria-labelledby="referral-exchanges">
        <Title order={2} fz="h3" id="referral-exchanges">
          {t('referrals.exchanges.title')}
        </Title>
        <ExchangeList referralId={referral.id} exchanges={referral.exchanges} downloads />
        <div role="status" aria-live="polite">
          {exchangeNotice && (
            <Text size="sm" c="essaim.9" fw={600}>
              {exchangeNotice}
            </Text>
          )}
        </div>
        {actions.includes('request_info') && (
          <QuestionForm
            key={`ask-${formKey}`}
            referralId={referral.id}
            version={referral.version}
            level={3}
            onConflict={onConflict}
            onAsked={() => setExchangeNotice(t('referrals.exchanges.asked'))}
          />
        )}
        {actions.includes('answer') && (
          <AnswerForm
            key={`answer-${formKey}`}
            referralId={referral.id}
            version={referral.version}
            caseId={referral.caseId}
            question={openQuestion}
            level={3}
            onConflict={onConflict}
            onAnswered={() => setExchangeNotice(t('referrals.exchanges.answered'))}
          />
        )}
      </Stack>

      {(actions.includes('approve') || actions.includes('decline')) && (
        <DecisionForm
          key={`decide-${formKey}`}
          referral={referral}
          actions={actions}
          onConflict={onConflict}
        />
      )}

      {referral.status === 'approved' && (
        <Disbursements
          key={`pay-${formKey}`}
          referral={referral}
          canRecord={funder}
          onConflict={onConflict}
        />
      )}
      {!decided && !reviewing && referral.status === 'withdrawn' && (
        <Text>{t('referrals.page.withdrawn')}</Text>
      )}
    </Stack>
  );
}

/** The decision, once taken, in plain words. */
function DecisionSummary({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  if (referral.status === 'approved' && referral.grantedCents !== null) {
    return (
      <Paper withBorder radius="md" p="md" maw={760} component="section" aria-labelledby="referral-decision">
        <Stack gap={6}>
          <Title order={2} fz="h3" id="referral-decision">
            {t('referrals.decision.takenTitle')}
          </Title>
          <Text>
            {t('referrals.decision.approvedText', {
              amount: format.euros(referral.grantedCents),
              instrument: t(
                `directory.vocab.instruments.${referral.grantedInstrument ?? referral.askedInstrument}`,
              ),
              date: referral.decidedAt ? format.date(referral.decidedAt) : '',
            })}
          </Text>
          {referral.conditions && (
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {t('referrals.decision.conditionsText', { conditions: referral.conditions })}
            </Text>
          )}
        </Stack>
      </Paper>
    );
  }
  if (referral.status === 'declined') {
    return (
      <Paper withBorder radius="md" p="md" maw={760} component="section" aria-labelledby="referral-decision">
        <Stack gap={6}>
          <Title order={2} fz="h3" id="referral-decision">
            {t('referrals.decision.takenTitle')}
          </Title>
          <Text>
            {t('referrals.decision.declinedText', {
              date: referral.decidedAt ? format.date(referral.decidedAt) : '',
            })}
          </Text>
          {referral.declineReason && (
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {t('referrals.decision.reasonText', { reason: referral.declineReason })}
            </Text>
          )}
        </Stack>
      </Paper>
    );
  }
  return null;
}

/** What the advisor sent, as it was when sent: the project, its people, its needs, and their word. */
function Dossier({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const { project, holders, needProfile, summary } = referral.snapshot;
  const facts: [string, string][] = [
    ...(project.legalForm
      ? [[t('projects.page.legalForm'), t(`projects.legalForms.${project.legalForm}`)] as [string, string]]
      : []),
    ...(project.sector
      ? [[t('projects.page.sector'), t(`projects.sectors.${project.sector}`)] as [string, string]]
      : []),
    ...(project.stage
      ? [[t('casePage.overview.projectStage'), t(`projects.stages.${project.stage}`)] as [string, string]]
      : []),
    [t('projects.page.commune'), project.commune?.name ?? t('casePage.overview.noCommune')],
    [t('casePage.overview.holders'), holders.map(personName).join(', ') || t('casePage.none')],
  ];
  return (
    <Stack gap="lg" component="section" aria-labelledby="referral-dossier">
      <Stack gap={4}>
        <Title order={2} fz="h3" id="referral-dossier">
          {t('referrals.page.dossierTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referrals.page.dossierHint')}
        </Text>
      </Stack>
      <dl className={classes.facts}>
        <dt>{t('referrals.page.project')}</dt>
        <dd>{project.name}</dd>
        <dt>{t('projects.page.summary')}</dt>
        <dd className={classes.summary}>{project.summary.trim() || t('projects.page.noSummary')}</dd>
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {summary.trim() && (
        <Stack gap={4}>
          <Title order={3} fz="h4">
            {t('referrals.page.summaryTitle')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{summary}</Text>
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={3} fz="h4">
          {t('referrals.page.messageTitle', { name: personName(referral.sentBy) })}
        </Title>
        <Blockquote p="sm" color="essaim" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {referral.message}
        </Blockquote>
      </Stack>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('referrals.page.needsTitle')}
        </Title>
        {needProfile ? (
          <NeedProfileView profile={needProfile} />
        ) : (
          <Text size="sm">{t('referrals.page.noNeeds')}</Text>
        )}
      </Stack>
    </Stack>
  );
}

function ReferralDocuments({ referral }: { referral: ReferralDto }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const sent = referral.documents.filter((document) => document.exchangeId === null);
  const answered = referral.documents.filter((document) => document.exchangeId !== null);
  const list = (documents: ReferralDto['documents']) => (
    <Stack gap={4} component="ul" style={PLAIN_LIST}>
      {documents.map((document) => (
        <li key={document.versionId}>
          <Anchor href={referralDocumentUrl(referral.id, document.versionId)} download={document.fileName}>
            {document.fileName}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            {t('referrals.documents.meta', {
              category: t(`casePage.documents.categories.${document.category}`),
              version: document.version,
              size: format.fileSize(document.sizeBytes),
            })}
          </Text>
        </li>
      ))}
    </Stack>
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-documents">
      <Title order={2} fz="h3" id="referral-documents">
        {t('referrals.documents.title')}
      </Title>
      {sent.length === 0 ? <Text size="sm">{t('referrals.documents.none')}</Text> : list(sent)}
      {answered.length > 0 && (
        <>
          <Title order={3} fz="h4">
            {t('referrals.documents.withAnswers')}
          </Title>
          {list(answered)}
        </>
      )}
    </Stack>
  );
}

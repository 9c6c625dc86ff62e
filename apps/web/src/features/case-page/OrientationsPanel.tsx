import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import { useOfferSearch } from '../../api/directory';
import { errorMessage } from '../../api/errors';
import { useOrientations, useProposeOrientation, type OrientationDto } from '../../api/orientations';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCurrentUser } from '../shell/current-user';

import { useCaseFormatters } from './format';
import { BADGE_TONES, ORIENTATION_TONES } from '../../ui/badge-tones';

import { LoadError } from '../../ui/LoadError';
import type { HeadingLevel } from './section';

const ORIENTATION_MESSAGE_MAX_LENGTH = 5_000;
/** The most offers the directory gives in one page. */
const OFFERS_PAGE_SIZE = 50;

/**
 * The structures the case was oriented to, newest first, with where each stands. The case's
 * advisors orient it to a partner's accompaniment offer; holders see the status only.
 */
export function OrientationsPanel({
  caseId,
  staff,
  canOrient,
  level,
}: {
  caseId: string;
  staff: boolean;
  canOrient: boolean;
  level: HeadingLevel;
}) {
  const { t } = useTranslation();
  const orientations = useOrientations(caseId);
  const [orienting, setOrienting] = useState(false);
  const [proposed, setProposed] = useState<string | null>(null);
  const emptyText = !staff
    ? t('casePage.orientations.emptyHolder')
    : canOrient
      ? t('casePage.orientations.empty')
      : t('casePage.orientations.emptyNotAdvisor');

  return (
    <Stack gap="md" component="section" aria-labelledby={`orientations-${caseId}`}>
      <Group justify="space-between" gap="sm">
        <Title order={level} fz="h4" id={`orientations-${caseId}`}>
          {t('casePage.orientations.title')}
        </Title>
        {canOrient && (
          <Button variant="outline" onClick={() => setOrienting(true)}>
            {t('casePage.orientations.orient')}
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        {proposed && (
          <Text size="sm" c="essaim.9" fw={600}>
            {t('casePage.orientations.proposed', { organisation: proposed })}
          </Text>
        )}
      </div>
      {orientations.isPending ? (
        <Skeleton height={80} radius="md" />
      ) : orientations.isError ? (
        <LoadError
          title={t('casePage.orientations.loadError')}
          error={orientations.error}
          onRetry={() => void orientations.refetch()}
        />
      ) : orientations.data.length === 0 ? (
        <Text size="sm">{emptyText}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {orientations.data.map((orientation) => (
            <li key={orientation.id}>
              <OrientationCard orientation={orientation} staff={staff} />
            </li>
          ))}
        </Stack>
      )}
      {orienting && (
        <OrientDialog
          caseId={caseId}
          onClose={() => setOrienting(false)}
          onProposed={(organisation) => {
            setProposed(organisation);
            setOrienting(false);
          }}
        />
      )}
    </Stack>
  );
}

function OrientationCard({ orientation, staff }: { orientation: OrientationDto; staff: boolean }) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const answeredBy = orientation.answeredBy;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={orientation.organisation.name}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {orientation.organisation.name}
          </Text>
          <Badge {...BADGE_TONES[ORIENTATION_TONES[orientation.status]]} tt="none">
            {t(`casePage.orientations.statuses.${orientation.status}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('casePage.orientations.offer', { offer: orientation.offer.name })}
        </Text>
        <Text size="sm" c="dimmed">
          {staff
            ? t('casePage.orientations.proposedByOn', {
                name: personName(orientation.proposedBy),
                date: format.date(orientation.createdAt),
              })
            : t('casePage.orientations.proposedOn', { date: format.date(orientation.createdAt) })}
          {orientation.answeredAt &&
            ` · ${
              staff && answeredBy
                ? t('casePage.orientations.answeredByOn', {
                    name: personName(answeredBy),
                    date: format.date(orientation.answeredAt),
                  })
                : t('casePage.orientations.answeredOn', { date: format.date(orientation.answeredAt) })
            }`}
          {orientation.completedAt &&
            ` · ${t('casePage.orientations.completedOn', { date: format.date(orientation.completedAt) })}`}
        </Text>
        {staff && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('casePage.orientations.message', { message: orientation.message })}
          </Text>
        )}
        {staff && orientation.declineReason && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('casePage.orientations.declineReason', { reason: orientation.declineReason })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Chooses a partner's accompaniment offer of the territory, and the message sent with the case. */
function OrientDialog({
  caseId,
  onClose,
  onProposed,
}: {
  caseId: string;
  onClose: () => void;
  onProposed: (organisationName: string) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const offers = useOfferSearch({
    kind: 'accompaniment',
    territory: me.territory?.code ?? '',
    pageSize: OFFERS_PAGE_SIZE,
    q: debouncedQ,
  });
  const propose = useProposeOrientation(caseId);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ offer?: string; message?: string }>({});

  // One's own organisation is not a partner to orient to.
  const choices = (offers.data?.items ?? []).filter((offer) => offer.organisation.id !== me.organisation?.id);
  const chosen = choices.find((offer) => offer.id === offerId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      ...(chosen === undefined ? { offer: t('casePage.orientations.offerRequired') } : {}),
      ...(message.trim() === '' ? { message: t('casePage.orientations.messageRequired') } : {}),
    };
    setErrors(problems);
    if (chosen === undefined || Object.keys(problems).length > 0) return;
    propose.mutate(
      { offerId: chosen.id, message: message.trim() },
      { onSuccess: () => onProposed(chosen.organisation.name) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('casePage.orientations.dialogTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('casePage.orientations.dialogIntro')}</Text>
          <TextInput
            label={t('casePage.orientations.search')}
            description={t('casePage.orientations.searchHint')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            type="search"
            data-autofocus
          />
          <Radio.Group
            label={t('casePage.orientations.offerLabel')}
            value={offerId}
            onChange={setOfferId}
            error={errors.offer}
            required
          >
            <div aria-live="polite">
              {offers.isPending ? (
                <Skeleton height={120} mt="xs" />
              ) : offers.isError ? (
                <Text size="sm" c="red.9" mt="xs">
                  {errorMessage(t, offers.error)}
                </Text>
              ) : choices.length === 0 ? (
                <Text size="sm" mt="xs">
                  {debouncedQ
                    ? t('casePage.orientations.noOfferFor', { q: debouncedQ })
                    : t('casePage.orientations.noOffer')}
                </Text>
              ) : (
                <ScrollArea.Autosize mah={280} mt="xs" type="auto">
                  <Stack gap="xs" pr="sm">
                    {choices.map((offer) => (
                      <Radio
                        key={offer.id}
                        value={offer.id}
                        label={offer.name}
                        description={
                          offer.summary
                            ? `${offer.organisation.name} — ${offer.summary}`
                            : offer.organisation.name
                        }
                      />
                    ))}
                  </Stack>
                </ScrollArea.Autosize>
              )}
            </div>
          </Radio.Group>
          <Textarea
            label={t('casePage.orientations.messageLabel')}
            description={t('casePage.orientations.messageHint')}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={errors.message}
            maxLength={ORIENTATION_MESSAGE_MAX_LENGTH}
            autosize
            minRows={4}
            maxRows={10}
            required
          />
          {propose.isError && (
            <ErrorAlert title={t('casePage.orientations.notSent')}>
              <Text size="sm">
                {isConflict(propose.error)
                  ? t('casePage.orientations.alreadyOpen')
                  : errorMessage(t, propose.error)}
              </Text>
            </ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('casePage.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending}>
              {t('casePage.orientations.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

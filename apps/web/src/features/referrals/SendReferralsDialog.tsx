import { FUNDING_INSTRUMENTS, type FundingInstrument } from '@essaim/domain';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useReferralOptions, useSendReferrals } from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCaseFormatters } from '../case-page/format';
import { PLAIN_LIST } from '../directory/OfferCard';

import { parseAmount } from './amounts';

const MAX_OFFERS = 5;
const MAX_DOCUMENTS = 20;
const MESSAGE_MAX_LENGTH = 5_000;
const SUMMARY_MAX_LENGTH = 10_000;

interface Choice {
  amount: string;
  instrument: FundingInstrument;
}

/**
 * Sends the case's dossier to one or more funding offers of the territory: the amount asked from
 * each (in euros), the instrument, the message and summary for the funders, and the documents
 * they may read (at their current version: later versions stay with the case).
 */
export function SendReferralsDialog({
  caseId,
  caseVersion,
  moveToFunding,
  onClose,
  onSent,
}: {
  caseId: string;
  caseVersion: number;
  /** The case is not at funding yet: sending moves it there. */
  moveToFunding: boolean;
  onClose: () => void;
  onSent: (count: number) => void;
}) {
  const { t } = useTranslation();
  const format = useCaseFormatters();
  const options = useReferralOptions(caseId);
  const send = useSendReferrals(caseId);
  const [chosen, setChosen] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState('');
  const [summary, setSummary] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const offers = options.data?.offers ?? [];
  const chosenIds = Object.keys(chosen);

  /** The offers ticked now: a new one starts with the offer's instrument, an unticked one is forgotten. */
  const chooseOffers = (offerIds: string[]) => {
    setErrors((current) => ({ ...current, offers: '' }));
    setChosen((current) =>
      Object.fromEntries(
        offerIds.map((offerId) => {
          const offer = offers.find((candidate) => candidate.id === offerId);
          return [offerId, current[offerId] ?? { amount: '', instrument: offer?.instrument ?? 'grant' }];
        }),
      ),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (chosenIds.length === 0) problems.offers = t('referrals.send.offerRequired');
    if (chosenIds.length > MAX_OFFERS)
      problems.offers = t('referrals.send.tooManyOffers', { max: MAX_OFFERS });
    const referrals = chosenIds.flatMap((offerId) => {
      const choice = chosen[offerId];
      if (!choice) return [];
      const parsed = parseAmount(choice.amount);
      if (!parsed.ok) {
        problems[`amount-${offerId}`] = t(`referrals.amount.${parsed.problem}`);
        return [];
      }
      return [{ offerId, askedCents: parsed.cents, askedInstrument: choice.instrument }];
    });
    if (message.trim() === '') problems.message = t('referrals.send.messageRequired');
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;
    send.mutate(
      {
        version: caseVersion,
        ...(moveToFunding ? { moveToFunding: true } : {}),
        referrals,
        message: message.trim(),
        summary: summary.trim(),
        documentIds,
      },
      { onSuccess: (created) => onSent(created.length) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('referrals.send.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('referrals.send.intro')}</Text>
          {moveToFunding && (
            <Text size="sm" fw={600}>
              {t('referrals.send.movesToFunding')}
            </Text>
          )}
          {options.isPending ? (
            <Skeleton height={160} />
          ) : options.isError ? (
            <ErrorAlert title={t('referrals.send.optionsFailed')}>
              <Text size="sm">{errorMessage(t, options.error)}</Text>
            </ErrorAlert>
          ) : (
            <>
              <Checkbox.Group
                label={t('referrals.send.offers')}
                description={t('referrals.send.offersHint', { max: MAX_OFFERS })}
                value={chosenIds}
                onChange={chooseOffers}
                error={errors.offers || undefined}
                required
              >
                {offers.length === 0 ? (
                  <Text size="sm" mt="xs">
                    {t('referrals.send.noOffer')}
                  </Text>
                ) : (
                  <Stack gap="sm" mt="xs" component="ul" style={PLAIN_LIST}>
                    {offers.map((offer) => {
                      const choice = chosen[offer.id];
                      const range =
                        offer.amountMinCents !== null && offer.amountMaxCents !== null
                          ? t('referrals.send.range', {
                              min: format.euros(offer.amountMinCents),
                              max: format.euros(offer.amountMaxCents),
                            })
                          : offer.amountMaxCents !== null
                            ? t('referrals.send.upTo', { max: format.euros(offer.amountMaxCents) })
                            : '';
                      return (
                        <li key={offer.id}>
                          <Paper withBorder radius="sm" p="sm">
                            <Stack gap="xs">
                              <Checkbox
                                value={offer.id}
                                label={t('referrals.send.offerLabel', {
                                  offer: offer.name,
                                  organisation: offer.organisation.name,
                                })}
                                description={range || undefined}
                              />
                              {choice && (
                                <Group gap="md" align="flex-start" wrap="wrap" pl="xl">
                                  <TextInput
                                    label={t('referrals.send.amount', { offer: offer.name })}
                                    description={t('referrals.amount.hint')}
                                    value={choice.amount}
                                    onChange={(event) => {
                                      const amount = event.currentTarget.value;
                                      setChosen((current) => ({
                                        ...current,
                                        [offer.id]: { ...choice, amount },
                                      }));
                                    }}
                                    error={errors[`amount-${offer.id}`]}
                                    inputMode="decimal"
                                    rightSection="€"
                                    required
                                    maw={260}
                                  />
                                  <NativeSelect
                                    label={t('referrals.send.instrument', { offer: offer.name })}
                                    value={choice.instrument}
                                    onChange={(event) => {
                                      const instrument = event.currentTarget.value as FundingInstrument;
                                      setChosen((current) => ({
                                        ...current,
                                        [offer.id]: { ...choice, instrument },
                                      }));
                                    }}
                                    data={FUNDING_INSTRUMENTS.map((value) => ({
                                      value,
                                      label: t(`directory.vocab.instruments.${value}`),
                                    }))}
                                  />
                                </Group>
                              )}
                            </Stack>
                          </Paper>
                        </li>
                      );
                    })}
                  </Stack>
                )}
              </Checkbox.Group>
              <Textarea
                label={t('referrals.send.message')}
                description={t('referrals.send.messageHint')}
                value={message}
                onChange={(event) => {
                  setMessage(event.currentTarget.value);
                  setErrors((current) => ({ ...current, message: '' }));
                }}
                error={errors.message || undefined}
                maxLength={MESSAGE_MAX_LENGTH}
                autosize
                minRows={3}
                required
              />
              <Textarea
                label={t('referrals.send.summary')}
                description={t('referrals.send.summaryHint')}
                value={summary}
                onChange={(event) => setSummary(event.currentTarget.value)}
                maxLength={SUMMARY_MAX_LENGTH}
                autosize
                minRows={3}
              />
              <Checkbox.Group
                label={t('referrals.send.documents')}
                description={t('referrals.send.documentsHint', { max: MAX_DOCUMENTS })}
                value={documentIds}
                onChange={(values) => setDocumentIds(values.slice(0, MAX_DOCUMENTS))}
              >
                {options.data.documents.length === 0 ? (
                  <Text size="sm" mt="xs">
                    {t('referrals.send.noDocument')}
                  </Text>
                ) : (
                  <Stack gap={6} mt="xs">
                    {options.data.documents.map((document) => (
                      <Checkbox
                        key={document.id}
                        value={document.id}
                        label={document.fileName}
                        description={t('referrals.send.documentMeta', {
                          category: t(`casePage.documents.categories.${document.category}`),
                          version: document.version,
                          date: format.date(document.createdAt),
                        })}
                      />
                    ))}
                  </Stack>
                )}
              </Checkbox.Group>
            </>
          )}
          {send.isError && (
            <ErrorAlert title={t('referrals.send.notSent')}>
              <Text size="sm">
                {isConflict(send.error) ? t('referrals.send.conflict') : errorMessage(t, send.error)}
              </Text>
            </ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('casePage.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!options.data}>
              {t('referrals.send.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

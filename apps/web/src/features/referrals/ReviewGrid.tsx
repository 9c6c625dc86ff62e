import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { useSaveReview, type ReferralDto } from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isConflict } from '../admin-directory/form-errors';
import { useCaseFormatters } from '../case-page/format';

const COMMENT_MAX_LENGTH = 5_000;

/** A weighted score out of 100, one decimal, as the reader's language writes it. */
function useScoreFormat() {
  const format = useCaseFormatters();
  return (score: number) => format.number(Math.round(score * 10) / 10);
}

/**
 * The offer's scoring grid: the reviews of the funder's team and their weighted mean, and the
 * caller's own review (one score per criterion, from 0 to its scale, and a comment).
 */
export function ReviewGrid({
  referral,
  editable,
  onConflict,
}: {
  referral: ReferralDto;
  /** The caller is a funder and the referral is under review: they may score it. */
  editable: boolean;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const format = useCaseFormatters();
  const { criteria, reviews } = referral;

  return (
    <Stack gap="md" component="section" aria-labelledby="referral-review">
      <Title order={2} fz="h3" id="referral-review">
        {t('referrals.review.title')}
      </Title>
      {criteria.length === 0 ? (
        <Text size="sm">{t('referrals.review.noCriteria')}</Text>
      ) : (
        <>
          <Text size="sm">
            {referral.weightedMean === null || referral.weightedMean === undefined
              ? t('referrals.review.noMean')
              : t('referrals.review.mean', { score: score(referral.weightedMean), count: reviews.length })}
          </Text>
          {reviews.length > 0 && (
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder striped captionSide="top" verticalSpacing="xs">
                <Table.Caption style={{ textAlign: 'left' }}>
                  {t('referrals.review.reviewsCaption')}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('referrals.review.reviewer')}</Table.Th>
                    {criteria.map((criterion) => (
                      <Table.Th scope="col" key={criterion.id} ta="right">
                        {criterion.label}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col" ta="right">
                      {t('referrals.review.weighted')}
                    </Table.Th>
                    <Table.Th scope="col">{t('referrals.review.comment')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reviews.map((review) => (
                    <Table.Tr key={review.id}>
                      <Table.Th scope="row" fw={500}>
                        {review.mine ? t('referrals.review.me') : personName(review.reviewer)}
                        <Text size="xs" c="dimmed">
                          {format.date(review.updatedAt)}
                        </Text>
                      </Table.Th>
                      {criteria.map((criterion) => {
                        const value = (review.scores as Record<string, number | undefined>)[criterion.id];
                        return (
                          <Table.Td key={criterion.id} ta="right">
                            {value === undefined
                              ? '—'
                              : t('referrals.review.outOf', { score: value, scale: criterion.scale })}
                          </Table.Td>
                        );
                      })}
                      <Table.Td ta="right">{score(review.weightedScore)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {review.comment}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {editable && <MyReviewForm referral={referral} onConflict={onConflict} />}
        </>
      )}
    </Stack>
  );
}

function MyReviewForm({ referral, onConflict }: { referral: ReferralDto; onConflict: () => void }) {
  const { t } = useTranslation();
  const save = useSaveReview(referral.id);
  const mine = referral.reviews.find((review) => review.mine);
  const initialScores = (mine?.scores ?? {}) as Record<string, number | undefined>;
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      referral.criteria.map((criterion) => [
        criterion.id,
        initialScores[criterion.id] === undefined ? '' : String(initialScores[criterion.id]),
      ]),
    ),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [missing, setMissing] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const empty = referral.criteria.filter((criterion) => scores[criterion.id] === '').map((c) => c.id);
    setMissing(empty);
    if (empty.length > 0) return;
    save.mutate(
      {
        ...(mine ? { version: mine.version } : {}),
        scores: Object.fromEntries(
          referral.criteria.map((criterion) => [criterion.id, Number(scores[criterion.id])]),
        ),
        comment: comment.trim(),
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (isConflict(error)) onConflict();
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="my-review">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h4" id="my-review">
            {mine ? t('referrals.review.editMine') : t('referrals.review.addMine')}
          </Title>
          <Text size="sm">{t('referrals.review.hint')}</Text>
          <Group gap="md" align="flex-start" wrap="wrap">
            {referral.criteria.map((criterion) => (
              <NativeSelect
                key={criterion.id}
                label={criterion.label}
                description={t('referrals.review.criterionHint', {
                  weight: criterion.weight,
                  scale: criterion.scale,
                })}
                value={scores[criterion.id] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setScores((current) => ({ ...current, [criterion.id]: value }));
                  setMissing((current) => current.filter((id) => id !== criterion.id));
                }}
                error={missing.includes(criterion.id) ? t('referrals.review.scoreRequired') : undefined}
                data={[
                  { value: '', label: t('referrals.review.choose') },
                  ...Array.from({ length: criterion.scale + 1 }, (_, value) => ({
                    value: String(value),
                    label: String(value),
                  })),
                ]}
                required
                miw={200}
              />
            ))}
          </Group>
          <Textarea
            label={t('referrals.review.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            maxLength={COMMENT_MAX_LENGTH}
            autosize
            minRows={2}
          />
          {save.isError && !isConflict(save.error) && (
            <ErrorAlert title={t('referrals.review.notSaved')}>
              <Text size="sm">{errorMessage(t, save.error)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('referrals.review.save')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {saved && (
              <Text size="sm" c="essaim.9" fw={600}>
                {t('referrals.review.saved')}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useOfferCriteria, useSaveOfferCriteria, type FundingCriterionDto } from '../../api/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadError } from '../../ui/LoadError';
import { PLAIN_LIST } from '../directory/OfferCard';

const MAX_CRITERIA = 20;
const LABEL_MAX_LENGTH = 200;

interface Row {
  key: string;
  label: string;
  weight: number | string;
  scale: number | string;
}

let nextKey = 0;
const rowOf = (criterion?: FundingCriterionDto): Row => ({
  key: criterion?.id ?? `new-${(nextKey += 1)}`,
  label: criterion?.label ?? '',
  weight: criterion?.weight ?? 1,
  scale: criterion?.scale ?? 5,
});

const whole = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * The funding offer's scoring grid: the criteria the funder's team scores each referral on, each
 * with its weight (1–10) and scale (2–10), in order. Saving replaces the grid; reviews already
 * made keep their scores, and a removed criterion no longer counts.
 */
export function CriteriaEditor({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const criteria = useOfferCriteria(offerId);
  if (criteria.isPending) return <Skeleton height={160} radius="md" />;
  if (criteria.isError) {
    return (
      <LoadError
        title={t('referrals.criteria.loadFailed')}
        error={criteria.error}
        onRetry={() => void criteria.refetch()}
      />
    );
  }
  return <CriteriaForm offerId={offerId} initial={criteria.data} />;
}

function CriteriaForm({ offerId, initial }: { offerId: string; initial: FundingCriterionDto[] }) {
  const { t } = useTranslation();
  const save = useSaveOfferCriteria(offerId);
  const [rows, setRows] = useState<Row[]>(() => initial.map(rowOf));
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [announce, setAnnounce] = useState('');

  const update = (index: number, change: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current.map((row, other) => (other === index ? { ...row, ...change } : row)));
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    setSaved(false);
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(target, 0, row);
      return next;
    });
    setAnnounce(t('referrals.criteria.moved', { position: target + 1, total: rows.length }));
  };

  const problems = rows.map((row) => ({
    label: row.label.trim() === '' ? t('referrals.criteria.labelRequired') : undefined,
    weight: whole(row.weight, 1, 10) ? undefined : t('referrals.criteria.weightRange'),
    scale: whole(row.scale, 2, 10) ? undefined : t('referrals.criteria.scaleRange'),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (problems.some((problem) => problem.label || problem.weight || problem.scale)) return;
    save.mutate(
      rows.map((row) => ({ label: row.label.trim(), weight: Number(row.weight), scale: Number(row.scale) })),
      {
        onSuccess: (list) => {
          setRows(list.map(rowOf));
          setChecked(false);
          setSaved(true);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" maw={760} component="section" aria-labelledby="criteria-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} fz="h3" id="criteria-title">
              {t('referrals.criteria.title')}
            </Title>
            <Text size="sm">{t('referrals.criteria.intro')}</Text>
          </Stack>
          {rows.length === 0 ? (
            <Text size="sm">{t('referrals.criteria.empty')}</Text>
          ) : (
            <Stack gap="sm" component="ol" style={PLAIN_LIST}>
              {rows.map((row, index) => {
                const problem = problems[index];
                const name = row.label.trim() || t('referrals.criteria.number', { number: index + 1 });
                return (
                  <li key={row.key}>
                    <Paper withBorder radius="sm" p="sm">
                      <Group gap="sm" align="flex-start" wrap="wrap">
                        <TextInput
                          label={t('referrals.criteria.label', { number: index + 1 })}
                          value={row.label}
                          onChange={(event) => update(index, { label: event.currentTarget.value })}
                          error={checked ? problem?.label : undefined}
                          maxLength={LABEL_MAX_LENGTH}
                          required
                          style={{ flex: 1 }}
                          miw={220}
                        />
                        <NumberInput
                          label={t('referrals.criteria.weight')}
                          description={t('referrals.criteria.weightHint')}
                          value={row.weight}
                          onChange={(value) => update(index, { weight: value })}
                          error={checked ? problem?.weight : undefined}
                          min={1}
                          max={10}
                          allowDecimal={false}
                          w={120}
                          required
                        />
                        <NumberInput
                          label={t('referrals.criteria.scale')}
                          description={t('referrals.criteria.scaleHint')}
                          value={row.scale}
                          onChange={(value) => update(index, { scale: value })}
                          error={checked ? problem?.scale : undefined}
                          min={2}
                          max={10}
                          allowDecimal={false}
                          w={120}
                          required
                        />
                      </Group>
                      <Group gap="xs" mt="xs">
                        <ActionIcon
                          variant="default"
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                          aria-label={t('referrals.criteria.moveUp', { name })}
                        >
                          <span aria-hidden="true">↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          disabled={index === rows.length - 1}
                          onClick={() => move(index, 1)}
                          aria-label={t('referrals.criteria.moveDown', { name })}
                        >
                          <span aria-hidden="true">↓</span>
                        </ActionIcon>
                        <Button
                          variant="subtle"
                          color="red.9"
                          size="compact-sm"
                          onClick={() => {
                            setSaved(false);
                            setRows((current) => current.filter((_, other) => other !== index));
                            setAnnounce(t('referrals.criteria.removed', { name }));
                          }}
                          aria-label={t('referrals.criteria.removeLabel', { name })}
                        >
                          {t('referrals.criteria.remove')}
                        </Button>
                      </Group>
                    </Paper>
                  </li>
                );
              })}
            </Stack>
          )}
          <Group gap="sm">
            <Button
              variant="outline"
              disabled={rows.length >= MAX_CRITERIA}
              onClick={() => {
                setSaved(false);
                setRows((current) => [...current, rowOf()]);
              }}
            >
              {t('referrals.criteria.add')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('referrals.criteria.save')}
            </Button>
          </Group>
          {save.isError && (
            <ErrorAlert title={t('referrals.criteria.notSaved')}>
              <Text size="sm">{errorMessage(t, save.error)}</Text>
            </ErrorAlert>
          )}
          <div role="status" aria-live="polite">
            {saved && (
              <Text size="sm" c="essaim.9" fw={600}>
                {t('referrals.criteria.saved')}
              </Text>
            )}
            <span className="visually-hidden">{announce}</span>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

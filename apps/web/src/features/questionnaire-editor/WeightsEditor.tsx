import { NEED_CATEGORIES, type NeedCategory, type NeedWeights } from '@essaim/domain';
import { Button, Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SMALL_LEGEND_STYLES = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } };

/** "Financement 3 · Gouvernance 1", or that the answer weighs on no need. */
export function weightsSummary(t: (key: string) => string, weights: NeedWeights | undefined): string {
  const parts = NEED_CATEGORIES.filter((need) => (weights?.[need] ?? 0) !== 0).map(
    (need) => `${t(`directory.vocab.needs.${need}`)} ${weights?.[need]}`,
  );
  return parts.length > 0 ? parts.join(' · ') : t('questionnaireEditor.weights.none');
}

/**
 * What an answer adds to each need category. Folded by default (ten numbers per answer would bury the
 * question): the summary says what is set, a button unfolds the numbers.
 */
export function WeightsEditor({
  legend,
  weights,
  onChange,
  readOnly = false,
}: {
  legend: string;
  weights: NeedWeights | undefined;
  onChange: (weights: NeedWeights) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const panelId = useId();

  const setWeight = (need: NeedCategory, value: number | string) => {
    const next: NeedWeights = { ...weights };
    const number = typeof value === 'number' ? value : Number(value.replace(',', '.'));
    if (value === '' || !Number.isFinite(number) || number === 0) delete next[need];
    else next[need] = number;
    onChange(next);
  };

  return (
    <Fieldset legend={legend} variant="unstyled" styles={SMALL_LEGEND_STYLES} p={0}>
      <Stack gap={6}>
        <Text size="sm">{weightsSummary(t, weights)}</Text>
        {!readOnly && (
          <>
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              aria-expanded={opened}
              aria-controls={panelId}
              onClick={() => setOpened((value) => !value)}
            >
              {opened ? t('questionnaireEditor.weights.hide') : t('questionnaireEditor.weights.show')}
            </Button>
            <div id={panelId} hidden={!opened}>
              {opened && (
                <Stack gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('questionnaireEditor.weights.hint')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="xs">
                    {NEED_CATEGORIES.map((need) => (
                      <NumberInput
                        key={need}
                        label={t(`directory.vocab.needs.${need}`)}
                        value={weights?.[need] ?? ''}
                        onChange={(value) => setWeight(need, value)}
                        min={0}
                        max={100}
                        allowNegative={false}
                        size="sm"
                        hideControls
                        inputMode="decimal"
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              )}
            </div>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

import { CLOSURE_OUTCOMES, type ClosureOutcome } from '@essaim/domain';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseMoveDto, MoveInput } from '../../api/cases';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';

const REASON_MAX_LENGTH = 2000;

/** The button's words for a move: what it does, and where the case goes. */
export function moveLabel(t: TFunction, move: CaseMoveDto): string {
  return t(`casePage.moves.${move.kind}`, { stage: t(`cases.steps.${move.to}`) });
}

/** Asks what a move needs before making it: a reason (going back, pausing, closing, reopening), an outcome (closing). */
export function MoveDialog({
  move,
  saving,
  error,
  onConfirm,
  onClose,
}: {
  move: CaseMoveDto;
  saving: boolean;
  error: unknown;
  onConfirm: (input: MoveInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ClosureOutcome | null>(null);
  const [problems, setProblems] = useState<{ reason?: string; outcome?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(move.needsReason && reason.trim() === ''
        ? { reason: t('casePage.moveDialog.reasonRequired') }
        : {}),
      ...(move.needsOutcome && outcome === null ? { outcome: t('casePage.moveDialog.outcomeRequired') } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    onConfirm({
      to: move.to,
      ...(move.needsReason ? { reason: reason.trim() } : {}),
      ...(move.needsOutcome && outcome !== null ? { outcome } : {}),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={moveLabel(t, move)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {move.needsOutcome && (
            <Radio.Group
              label={t('casePage.moveDialog.outcome')}
              value={outcome}
              onChange={setOutcome}
              error={problems.outcome}
              required
            >
              <Stack gap="xs" mt={4}>
                {CLOSURE_OUTCOMES.map((value) => (
                  <Radio key={value} value={value} label={t(`casePage.outcomes.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {move.needsReason && (
            <Textarea
              label={t('casePage.moveDialog.reason')}
              description={t('casePage.moveDialog.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={problems.reason}
              maxLength={REASON_MAX_LENGTH}
              autosize
              minRows={3}
              required
              data-autofocus
            />
          )}
          {error !== null && (
            <ErrorAlert title={t('casePage.moveDialog.failed')}>
              <Text size="sm">{errorMessage(t, error)}</Text>
            </ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('casePage.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('casePage.moveDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

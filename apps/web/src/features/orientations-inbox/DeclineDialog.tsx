import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage, fieldErrors } from '../../api/errors';
import type { OrientationInboxItem } from '../../api/orientations-inbox';
import { ErrorAlert } from '../../ui/ErrorAlert';

export const REASON_MAX_LENGTH = 2000;

/** Declining needs a reason, for the advisor who proposed the orientation (the holder never sees it). */
export function DeclineDialog({
  item,
  pending,
  error,
  onDecline,
  onClose,
}: {
  /** The orientation being declined; none: the dialog is closed. */
  item: OrientationInboxItem | null;
  pending: boolean;
  /** Why the API refused the answer, if it did (a conflict is the page's to explain). */
  error: unknown;
  onDecline: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const close = () => {
    setReason('');
    setMissing(false);
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onDecline(reason.trim());
  };

  const serverError = fieldErrors(t, error, ['reason']).reason;

  return (
    <Modal
      opened={item !== null}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('orientationsInbox.decline.title', { reference: item?.case.reference ?? '' })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('orientationsInbox.decline.reason')}
            description={t('orientationsInbox.decline.reasonHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            required
            autosize
            minRows={4}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            error={missing ? t('orientationsInbox.decline.reasonMissing') : serverError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
          />
          {error !== null && error !== undefined && !serverError && (
            <ErrorAlert title={t('orientationsInbox.decline.failed')}>{errorMessage(t, error)}</ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={close}>
              {t('orientationsInbox.decline.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={pending}>
              {t('orientationsInbox.decline.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

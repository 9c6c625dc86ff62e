import { Button, Group, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A destructive action asked twice: the button turns into "Confirmer" and "Annuler", with focus on
 * "Confirmer" so the keyboard user knows where they are.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  confirmLabel,
  onConfirm,
  ...buttonProps
}: {
  label: string;
  accessibleLabel?: string;
  confirmLabel: string;
  onConfirm: () => void;
} & Omit<ButtonProps, 'children'>) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus) askRef.current?.focus();
  }, [asking, returnFocus]);

  if (!asking) {
    return (
      <Button
        ref={askRef}
        color="red"
        c="red.9"
        variant="subtle"
        size="compact-sm"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
        {...buttonProps}
      >
        {label}
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      <Button
        ref={confirmRef}
        color="red.9"
        size="compact-sm"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => {
          setReturnFocus(true);
          setAsking(false);
        }}
      >
        {t('questionnaireEditor.cancel')}
      </Button>
    </Group>
  );
}

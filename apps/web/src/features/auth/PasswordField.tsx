import { checkPassword, passwordLength, PASSWORD_MIN_LENGTH } from '@essaim/domain';
import { PasswordInput, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldMessage } from '../../api/errors';

/** A new password: the rules up front, instant feedback from the shared policy, the server's error below. */
export function PasswordField({
  label,
  value,
  onChange,
  email,
  error,
  inputRef,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  email?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const problem = value === '' ? null : checkPassword(value, { email });
  let feedback: string | null = null;
  if (value !== '') {
    if (problem === 'too_short') {
      feedback = t('auth.password.remaining', { count: PASSWORD_MIN_LENGTH - passwordLength(value) });
    } else if (problem !== null) {
      feedback = fieldMessage(t, 'password', problem);
    } else {
      feedback = t('auth.password.lengthOk');
    }
  }

  return (
    <div>
      <PasswordInput
        ref={inputRef}
        label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autoComplete="new-password"
        required
        withAsterisk={false}
        error={error}
        // Mantine's PasswordInput does not mark its input invalid itself.
        aria-invalid={error !== undefined ? true : undefined}
        description={[
          t('auth.password.ruleLength', { min: PASSWORD_MIN_LENGTH }),
          t('auth.password.ruleAnyCharacter'),
          t('auth.password.ruleAvoid'),
        ].join(' ')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        visibilityToggleButtonProps={{ 'aria-label': t('auth.password.show') }}
        visibilityToggleFocusable
      />
      {feedback !== null && error === undefined && (
        <Text size="sm" mt={6} c={problem === null ? 'essaim.8' : 'dark.6'}>
          {feedback}
        </Text>
      )}
    </div>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useChangeOrganisation, useUserAction, type UserAdmin, type UserAction } from '../../api/staff';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { OrganisationField } from './OrganisationField';
import { staffFieldError } from './staff-errors';

/** What an action did, said once at the top of the page. */
export interface ActionOutcome {
  kind: UserAction | 'organisation' | 'invited';
  user: UserAdmin;
}

export const fullName = (user: { firstName: string; lastName: string }) =>
  `${user.firstName} ${user.lastName}`;

/**
 * The buttons of one account: a new link for an invited one, disable / enable (each confirmed
 * first), another structure for an advisor or a funder. One's own account cannot be disabled.
 */
export function UserActions({
  user,
  isMe,
  onDone,
}: {
  user: UserAdmin;
  isMe: boolean;
  onDone: (outcome: ActionOutcome) => void;
}) {
  const { t } = useTranslation();
  const action = useUserAction();
  const [confirming, setConfirming] = useState<'disable' | 'enable' | null>(null);
  const [moving, setMoving] = useState(false);
  const name = fullName(user);

  const run = (kind: UserAction) =>
    action.mutate(
      { id: user.id, action: kind },
      {
        onSuccess: (updated) => {
          setConfirming(null);
          onDone({ kind, user: updated });
        },
      },
    );

  return (
    <Stack gap="xs" align="flex-start">
      <Group gap="xs" wrap="wrap">
        {user.status === 'invited' && (
          <Button
            size="compact-sm"
            variant="light"
            loading={action.isPending && action.variables?.action === 'invitation'}
            onClick={() => run('invitation')}
            aria-label={t('staff.actions.resendNamed', { name })}
          >
            {t('staff.actions.resend')}
          </Button>
        )}
        {(user.role === 'advisor' || user.role === 'funder') && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setMoving(true)}
            aria-label={t('staff.actions.moveNamed', { name })}
            aria-haspopup="dialog"
          >
            {t('staff.actions.move')}
          </Button>
        )}
        {user.status === 'disabled' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setConfirming('enable')}
            aria-label={t('staff.actions.enableNamed', { name })}
            aria-haspopup="dialog"
          >
            {t('staff.actions.enable')}
          </Button>
        ) : (
          !isMe && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              c="red.9"
              onClick={() => setConfirming('disable')}
              aria-label={t('staff.actions.disableNamed', { name })}
              aria-haspopup="dialog"
            >
              {t('staff.actions.disable')}
            </Button>
          )
        )}
      </Group>
      {action.isError && confirming === null && <ErrorAlert title={errorMessage(t, action.error)} />}

      <Modal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
          action.reset();
        }}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={confirming ? t(`staff.confirm.${confirming}Title`, { name }) : ''}
        centered
      >
        <Stack gap="md">
          <Text>{confirming && t(`staff.confirm.${confirming}Body`, { name })}</Text>
          {action.isError && <ErrorAlert title={errorMessage(t, action.error)} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={() => setConfirming(null)}>
              {t('staff.cancel')}
            </Button>
            <Button
              color={confirming === 'disable' ? 'red.9' : undefined}
              loading={action.isPending}
              onClick={() => confirming && run(confirming)}
            >
              {confirming && t(`staff.confirm.${confirming}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>

      {moving && (user.role === 'advisor' || user.role === 'funder') && (
        <MoveDialog
          user={user}
          role={user.role}
          onClose={() => setMoving(false)}
          onMoved={(updated) => {
            setMoving(false);
            onDone({ kind: 'organisation', user: updated });
          }}
        />
      )}
    </Stack>
  );
}

function MoveDialog({
  user,
  role,
  onClose,
  onMoved,
}: {
  user: UserAdmin;
  role: 'advisor' | 'funder';
  onClose: () => void;
  onMoved: (user: UserAdmin) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeOrganisation();
  const [organisationId, setOrganisationId] = useState(user.organisation?.id ?? '');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (organisationId === '') {
      setMissing(true);
      return;
    }
    change.mutate({ id: user.id, organisationId }, { onSuccess: onMoved });
  };

  const fieldError = staffFieldError(t, change.error, 'organisationId');
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('staff.move.title', { name: fullName(user) })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.move.intro')}</Text>
          <OrganisationField
            role={role}
            value={organisationId}
            onChange={(value) => {
              setOrganisationId(value);
              setMissing(false);
            }}
            error={missing ? t('staff.fieldProblems.organisationId.required') : fieldError}
          />
          {change.isError && fieldError === undefined && <ErrorAlert title={errorMessage(t, change.error)} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('staff.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('staff.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

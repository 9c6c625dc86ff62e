import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { STAFF_ROLES, useInviteUser, type StaffRole, type UserAdmin } from '../../api/staff';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { focusFirstInvalid, hasErrors } from '../auth/form-helpers';

import {
  INVITEE_FIELDS,
  InviteeFields,
  inviteeProblems,
  NO_INVITEE,
  type InviteeValues,
} from './InviteeFields';
import { needsOrganisation, OrganisationField } from './OrganisationField';
import { explainedByFields, staffFieldError } from './staff-errors';

const FIELDS = [...INVITEE_FIELDS, 'role', 'organisationId'] as const;
type Field = (typeof FIELDS)[number];

/** "Inviter une personne": an account is created, invited; the link goes by mail, never through the admin. */
export function InviteUserDialog({
  opened,
  onClose,
  onInvited,
}: {
  opened: boolean;
  onClose: () => void;
  onInvited: (user: UserAdmin) => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const [invitee, setInvitee] = useState<InviteeValues>(NO_INVITEE);
  const [role, setRole] = useState<StaffRole | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const firstNameRef = useRef<HTMLInputElement>(null);
  const lastNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const organisationRef = useRef<HTMLSelectElement>(null);
  const focusFirst = (found: Partial<Record<Field, string | undefined>>) =>
    focusFirstInvalid(FIELDS, found, {
      firstName: firstNameRef,
      lastName: lastNameRef,
      email: emailRef,
      role: roleRef,
      organisationId: organisationRef,
    });

  const close = () => {
    invite.reset();
    setInvitee(NO_INVITEE);
    setRole('');
    setOrganisationId('');
    setLocalErrors({});
    onClose();
  };

  const errorOf = (field: Field) => localErrors[field] ?? staffFieldError(t, invite.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = inviteeProblems(t, invitee);
    if (role === '') found.role = t('staff.fieldProblems.role.required');
    else if (needsOrganisation(role) && organisationId === '')
      found.organisationId = t('staff.fieldProblems.organisationId.required');
    setLocalErrors(found);
    if (hasErrors(found) || role === '') {
      focusFirst(found);
      return;
    }
    invite.mutate(
      {
        email: invitee.email.trim(),
        firstName: invitee.firstName.trim(),
        lastName: invitee.lastName.trim(),
        locale: invitee.locale,
        role,
        ...(needsOrganisation(role) ? { organisationId } : {}),
      },
      {
        onSuccess: (user) => {
          close();
          onInvited(user);
        },
        onError: (error) =>
          focusFirst(Object.fromEntries(FIELDS.map((field) => [field, staffFieldError(t, error, field)]))),
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('staff.invite.title')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.invite.intro')}</Text>
          <InviteeFields
            values={invitee}
            onChange={(values) => {
              setInvitee(values);
              setLocalErrors({});
              if (invite.isError) invite.reset();
            }}
            localErrors={localErrors}
            error={invite.error}
            refs={{ firstName: firstNameRef, lastName: lastNameRef, email: emailRef }}
          />
          <NativeSelect
            ref={roleRef}
            label={t('staff.invite.role')}
            description={role === '' ? undefined : t(`staff.roleHints.${role}`)}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            required
            value={role}
            error={errorOf('role')}
            onChange={(event) => {
              setRole(event.currentTarget.value as StaffRole);
              setOrganisationId('');
              setLocalErrors({});
            }}
            data={[
              { value: '', label: t('staff.invite.chooseRole') },
              ...STAFF_ROLES.map((value) => ({ value, label: t(`staff.roles.${value}`) })),
            ]}
          />
          {needsOrganisation(role) && (
            <OrganisationField
              role={role}
              value={organisationId}
              onChange={(value) => {
                setOrganisationId(value);
                setLocalErrors({});
              }}
              error={errorOf('organisationId')}
              selectRef={organisationRef}
            />
          )}
          {invite.isError && !explainedByFields(invite.error, FIELDS) && (
            <ErrorAlert title={errorMessage(t, invite.error)} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={close}>
              {t('staff.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('staff.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

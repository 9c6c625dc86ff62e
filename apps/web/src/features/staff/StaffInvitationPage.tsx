import { isApiError } from '@essaim/api-client';
import { checkPassword } from '@essaim/domain';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { errorMessage, fieldErrors, fieldMessage, isFullyExplainedByFields } from '../../api/errors';
import {
  useAcceptStaffInvitation,
  useStaffInvitationPreview,
  type StaffInvitationPreview,
} from '../../api/staff';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { AuthLayout } from '../auth/AuthLayout';
import { PasswordField } from '../auth/PasswordField';
import { formatDate } from '../questionnaire-editor/dates';

const FIELDS = ['password'] as const;

const isInvalidToken = (error: unknown) => isApiError(error) && error.code === 'invalid_token';

/**
 * `/staff-invitation?token=…`: the link mailed to an invited member of staff. They see who invited
 * them for what, choose a password, and land in the app logged in.
 */
export function StaffInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const preview = useStaffInvitationPreview(token);
  const accept = useAcceptStaffInvitation();

  if (token !== '' && preview.isPending) return <FullPageLoader />;

  let content;
  if (token === '' || isInvalidToken(preview.error) || isInvalidToken(accept.error)) {
    content = <InvalidLink />;
  } else if (preview.data) {
    content = <ChoosePassword token={token} invitation={preview.data} accept={accept} />;
  } else {
    content = (
      <>
        <PageHeading>{t('staff.invitation.title')}</PageHeading>
        <ErrorAlert title={errorMessage(t, preview.error)} />
        <Button w="fit-content" onClick={() => void preview.refetch()}>
          {t('common.retry')}
        </Button>
      </>
    );
  }
  return <AuthLayout>{content}</AuthLayout>;
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('staff.invitation.invalidTitle')}</PageHeading>
      <Text>{t('staff.invitation.invalidBody')}</Text>
      <Stack gap="xs">
        <Text>{t('staff.invitation.alreadyActive')}</Text>
        <Anchor component={Link} to="/login">
          {t('staff.invitation.login')}
        </Anchor>
      </Stack>
    </>
  );
}

function ChoosePassword({
  token,
  invitation,
  accept,
}: {
  token: string;
  invitation: StaffInvitationPreview;
  accept: ReturnType<typeof useAcceptStaffInvitation>;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | undefined>(undefined);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = password === '' ? 'required' : checkPassword(password, { email: invitation.email });
    const message = problem === null ? undefined : fieldMessage(t, 'password', problem);
    setLocalError(message);
    if (message !== undefined) {
      passwordRef.current?.focus();
      return;
    }
    accept.mutate(
      { token, password },
      {
        onSuccess: () => void navigate('/app', { replace: true }),
        onError: () => passwordRef.current?.focus(),
      },
    );
  };

  const inviter = invitation.invitedBy
    ? `${invitation.invitedBy.firstName} ${invitation.invitedBy.lastName}`
    : t('staff.invitation.someone');
  const what = {
    inviter,
    territory: invitation.territory.name,
    role: t(`roles.${invitation.role}`),
  };

  return (
    <>
      <PageHeading>{t('staff.invitation.welcome', { name: invitation.firstName })}</PageHeading>
      <Text>
        {invitation.organisation
          ? t('staff.invitation.whatWithOrganisation', {
              ...what,
              organisation: invitation.organisation.name,
            })
          : t('staff.invitation.what', what)}
      </Text>
      <Text>
        {t('staff.invitation.account')}{' '}
        <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
          {invitation.email}
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        {t('staff.invitation.validUntil', { date: formatDate(invitation.expiresAt, i18n.language) })}
      </Text>
      {accept.isError && !isFullyExplainedByFields(accept.error, FIELDS) && (
        <ErrorAlert title={errorMessage(t, accept.error)} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <PasswordField
          inputRef={passwordRef}
          label={t('staff.invitation.password')}
          value={password}
          onChange={setPassword}
          email={invitation.email}
          error={localError ?? fieldErrors(t, accept.error, FIELDS).password}
        />
        <Button type="submit" fullWidth mt="lg" loading={accept.isPending}>
          {t('staff.invitation.submit')}
        </Button>
      </form>
    </>
  );
}

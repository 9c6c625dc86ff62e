import { isApiError } from '@essaim/api-client';
import { Alert, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import { useInviteCoHolder, type ProjectDto } from '../../api/projects';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { looksLikeEmail } from '../auth/form-helpers';
import { useCurrentUser } from '../shell/current-user';

import { useFormatters } from './format';

/** Who holds the project, and the invitations of co-holders. */
export function ProjectMembers({ project }: { project: ProjectDto }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormatters();
  const canInvite = project.myRole === 'owner' || project.myRole === 'co_holder';

  return (
    <Stack gap="md" component="section" aria-labelledby="members-title">
      <Title order={2} id="members-title">
        {t('projects.members.title')}
      </Title>
      <List spacing="xs">
        {project.members.map((member) => (
          <List.Item key={member.userId}>
            <Text component="span" fw={600}>
              {`${member.firstName} ${member.lastName}`.trim()}
            </Text>{' '}
            — {member.role === 'owner' ? t('projects.members.owner') : t('projects.members.coHolder')}
            {member.userId === me.id && <> {t('projects.members.you')}</>}
          </List.Item>
        ))}
      </List>
      {canInvite && (
        <>
          <InviteForm projectId={project.id} />
          <Title order={3} fz="h4">
            {t('projects.members.pendingTitle')}
          </Title>
          {project.pendingInvitations.length === 0 ? (
            <Text size="sm">{t('projects.members.pendingNone')}</Text>
          ) : (
            <List spacing="xs" size="sm">
              {project.pendingInvitations.map((invitation) => (
                <List.Item key={invitation.id} style={{ overflowWrap: 'anywhere' }}>
                  {t('projects.members.pendingItem', {
                    email: invitation.email,
                    sent: format.date(invitation.createdAt),
                    expires: format.date(invitation.expiresAt),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}

function InviteForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const invite = useInviteCoHolder(projectId);
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string | undefined>(undefined);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const serverError =
    isApiError(invite.error) && invite.error.detailFor('email')
      ? t('projects.members.emailInvalid')
      : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    const problem =
      value === ''
        ? t('projects.members.emailRequired')
        : looksLikeEmail(value)
          ? undefined
          : t('projects.members.emailInvalid');
    setLocalError(problem);
    setSentTo(null);
    if (problem !== undefined) {
      inputRef.current?.focus();
      return;
    }
    invite.mutate(value, {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setEmail('');
      },
      onError: () => inputRef.current?.focus(),
    });
  };

  return (
    <Paper withBorder radius="md" p="md" maw={760}>
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t('projects.members.inviteTitle')}
        </Title>
        <Text size="sm">{t('projects.members.inviteIntro')}</Text>
        <div role="status">
          {sentTo !== null && (
            <Alert color="essaim" variant="light">
              <Text size="sm" fw={600}>
                {t('projects.members.sent', { email: sentTo })}
              </Text>
            </Alert>
          )}
        </div>
        {invite.isError && serverError === undefined && <ErrorAlert title={errorMessage(t, invite.error)} />}
        <form onSubmit={onSubmit} noValidate>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              ref={inputRef}
              label={t('projects.members.email')}
              type="email"
              inputMode="email"
              autoComplete="off"
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                setLocalError(undefined);
              }}
              error={localError ?? serverError}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={invite.isPending}>
              {t('projects.members.invite')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}

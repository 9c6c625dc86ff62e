import { isApiError } from '@essaim/api-client';
import { Anchor, Button, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { useMe } from '../../api/auth';
import { errorMessage } from '../../api/errors';
import { useAcceptInvitation } from '../../api/projects';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';

import { forgetInvitation, rememberInvitation } from './pending-invitation';

/**
 * `/invitations/accept?token=…`: the link of an invitation to co-hold a project. A visitor logs in or
 * signs up first and comes back here; a logged-in holder joins the project at once.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const token = params.get('token')?.trim() ?? '';
  const me = useMe();
  const accept = useAcceptInvitation();
  const { mutate } = accept;
  const loggedIn = me.data != null;
  // One request per token, even when React runs effects twice.
  const tried = useRef<string | null>(null);

  useEffect(() => {
    if (!loggedIn || token === '' || tried.current === token) return;
    tried.current = token;
    mutate(token, {
      onSuccess: (project) => {
        forgetInvitation();
        void navigate(`/app/projects/${project.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_token') forgetInvitation();
      },
    });
  }, [loggedIn, token, mutate, navigate]);

  useEffect(() => {
    if (me.data === null && token !== '') rememberInvitation(token);
  }, [me.data, token]);

  if (me.isPending) return <FullPageLoader />;

  const here = `${location.pathname}${location.search}`;
  const invalid = token === '' || (isApiError(accept.error) && accept.error.code === 'invalid_token');
  const forbidden = isApiError(accept.error) && accept.error.status === 403;

  let content;
  if (invalid) {
    content = (
      <>
        <PageHeading>{t('invitation.invalidTitle')}</PageHeading>
        <Text>{t('invitation.invalidBody')}</Text>
        <Anchor component={Link} to={loggedIn ? '/app/projects' : '/'}>
          {loggedIn ? t('invitation.goToProjects') : t('common.backHome')}
        </Anchor>
      </>
    );
  } else if (!loggedIn) {
    content = (
      <>
        <PageHeading>{t('invitation.title')}</PageHeading>
        <Text>{t('invitation.loggedOut')}</Text>
        <Group gap="sm">
          <Button component={Link} to={`/login?next=${encodeURIComponent(here)}`}>
            {t('invitation.login')}
          </Button>
          <Button component={Link} to={`/signup?next=${encodeURIComponent(here)}`} variant="outline">
            {t('invitation.signup')}
          </Button>
        </Group>
      </>
    );
  } else if (accept.isError) {
    content = (
      <>
        <PageHeading>{t('invitation.title')}</PageHeading>
        <ErrorAlert title={forbidden ? t('invitation.forbidden') : errorMessage(t, accept.error)} />
        {!forbidden && (
          <Button
            w="fit-content"
            onClick={() =>
              mutate(token, {
                onSuccess: (project) => void navigate(`/app/projects/${project.id}`, { replace: true }),
              })
            }
          >
            {t('common.retry')}
          </Button>
        )}
        <Anchor component={Link} to="/app">
          {t('common.backHome')}
        </Anchor>
      </>
    );
  } else {
    content = (
      <>
        <PageHeading>{t('invitation.title')}</PageHeading>
        <Text role="status">{t('invitation.accepting')}</Text>
      </>
    );
  }

  return (
    <Container size={560} px="md" py={{ base: 'lg', sm: 48 }}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md" align="flex-start">
          {content}
        </Stack>
      </Paper>
    </Container>
  );
}

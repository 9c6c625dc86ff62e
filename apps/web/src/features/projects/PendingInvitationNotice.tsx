import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { pendingInvitation } from './pending-invitation';

/** After logging in, the invitation link the holder opened before is one click away. */
export function PendingInvitationNotice() {
  const { t } = useTranslation();
  const [token] = useState(pendingInvitation);
  if (token === null) return null;
  return (
    <Alert color="essaim" variant="light" title={t('projects.pendingInvitation.title')} maw={720}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('projects.pendingInvitation.body')}</Text>
        <Button component={Link} to={`/invitations/accept?token=${encodeURIComponent(token)}`}>
          {t('projects.pendingInvitation.action')}
        </Button>
      </Stack>
    </Alert>
  );
}

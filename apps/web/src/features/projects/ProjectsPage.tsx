import { can } from '@essaim/domain';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { PendingInvitationNotice } from './PendingInvitationNotice';
import { ProjectList } from './ProjectList';

/** `/app/projects`: the holder's projects. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!can(me.role, 'project:manage-own')) return <NotFoundPage />;
  return (
    <Stack gap="lg">
      <PageHeading>{t('projects.title')}</PageHeading>
      <Text>{t('projects.intro')}</Text>
      <PendingInvitationNotice />
      <ProjectList />
    </Stack>
  );
}

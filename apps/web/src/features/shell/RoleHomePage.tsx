import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeading } from '../../ui/PageHeading';
import { AdvisorHomePage } from '../advisor-home/AdvisorHomePage';
import { PendingInvitationNotice } from '../projects/PendingInvitationNotice';
import { ProjectList } from '../projects/ProjectList';
import { FunderHomePage } from '../referrals/FunderHomePage';
import { PlatformTerritoriesPage } from '../staff/PlatformTerritoriesPage';

import { useCurrentUser } from './current-user';

/** `/app`: the home of the user's role. */
export function RoleHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (me.role === 'advisor' || me.role === 'territory_admin') return <AdvisorHomePage />;
  // The platform admin's work is the territories: their home is that page.
  if (me.role === 'platform_admin') return <PlatformTerritoriesPage />;
  if (me.role === 'funder') return <FunderHomePage />;
  return (
    <Stack gap="lg">
      <PageHeading>{t(`homes.${me.role}.title`)}</PageHeading>
      <Text>{t('homes.greeting', { firstName: me.firstName, role: t(`roles.${me.role}`) })}</Text>
      <PendingInvitationNotice />
      <ProjectList />
    </Stack>
  );
}

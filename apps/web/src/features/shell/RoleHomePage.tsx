import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ComingNext } from '../../ui/ComingNext';
import { PageHeading } from '../../ui/PageHeading';
import { PendingInvitationNotice } from '../projects/PendingInvitationNotice';
import { ProjectList } from '../projects/ProjectList';

import { useCurrentUser } from './current-user';

/** `/app`: the home of the user's role. */
export function RoleHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeading>{t(`homes.${me.role}.title`)}</PageHeading>
      <Text>{t('homes.greeting', { firstName: me.firstName, role: t(`roles.${me.role}`) })}</Text>
      {me.role === 'holder' ? (
        <>
          <PendingInvitationNotice />
          <ProjectList />
        </>
      ) : (
        <ComingNext title={t(`homes.${me.role}.emptyTitle`)} body={t(`homes.${me.role}.emptyBody`)} />
      )}
    </Stack>
  );
}

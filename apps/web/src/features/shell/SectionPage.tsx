import { navigationFor, type NavItem } from '@essaim/domain';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ComingNext } from '../../ui/ComingNext';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from '../not-found/NotFoundPage';

import { useCurrentUser } from './current-user';

export type SectionKey = Exclude<NavItem['key'], 'home'>;

/** A section of the navigation whose screens come later; a section outside the role does not exist. */
export function SectionPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!navigationFor(me.role).some((item) => item.key === section)) return <NotFoundPage />;
  return (
    <Stack gap="lg">
      <PageHeading>{t(`sections.${section}.title`)}</PageHeading>
      <ComingNext title={t(`sections.${section}.emptyTitle`)} body={t(`sections.${section}.emptyBody`)} />
    </Stack>
  );
}

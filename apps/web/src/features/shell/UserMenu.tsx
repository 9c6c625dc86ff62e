import { Avatar, Menu, Text, UnstyledButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useLogout } from '../../api/auth';
import { errorMessage } from '../../api/errors';

import { useCurrentUser } from './current-user';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/login', { replace: true, state: { loggedOut: true } }));
  const name = `${me.firstName} ${me.lastName}`.trim() || me.email;
  const initials = `${me.firstName.charAt(0)}${me.lastName.charAt(0)}`.toUpperCase() || me.email.charAt(0);

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { name })} p={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="essaim" radius="xl" size={34} aria-hidden="true">
              {initials}
            </Avatar>
            <Text component="span" fw={500} visibleFrom="md" aria-hidden="true">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark.9">
            {name}
          </Text>
          <Text size="sm" c="dark.6" style={{ overflowWrap: 'anywhere' }}>
            {me.email}
          </Text>
          <Text size="sm" c="dark.6">
            {t(`roles.${me.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('shell.logout')}
        </Menu.Item>
        {logout.isError && (
          <Text role="alert" size="sm" c="red.9" px="sm" py={4}>
            {errorMessage(t, logout.error)}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

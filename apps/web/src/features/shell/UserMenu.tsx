import { Avatar, Button, Divider, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useClickOutside } from '@mantine/hooks';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useLogout } from '../../api/auth';
import { errorMessage } from '../../api/errors';
import { accountMenuLinks } from '../notifications/account-links';

import { useCurrentUser } from './current-user';

/**
 * The account button and its panel (WAI-ARIA disclosure). Deliberately not a Mantine Menu: its
 * positioning engine would double the weight of the shell's first download.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const [opened, setOpened] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useClickOutside<HTMLDivElement>(() => setOpened(false));
  const panelId = useId();
  const name = `${me.firstName} ${me.lastName}`.trim() || me.email;
  const initials = `${me.firstName.charAt(0)}${me.lastName.charAt(0)}`.toUpperCase() || me.email.charAt(0);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && opened) {
      setOpened(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div ref={rootRef} onKeyDown={onKeyDown} style={{ position: 'relative' }}>
      <UnstyledButton
        ref={buttonRef}
        aria-label={t('shell.userMenu', { name })}
        aria-expanded={opened}
        aria-controls={panelId}
        onClick={() => setOpened((value) => !value)}
        p={4}
        style={{ borderRadius: 'var(--mantine-radius-md)', display: 'flex', alignItems: 'center', gap: 8 }}
      >
        <Avatar color="essaim" radius="xl" size={34} aria-hidden="true">
          {initials}
        </Avatar>
        <Text component="span" fw={500} visibleFrom="md" aria-hidden="true">
          {name}
        </Text>
      </UnstyledButton>
      <Paper
        id={panelId}
        hidden={!opened}
        // Paper sets `display`, which would beat the `hidden` attribute.
        display={opened ? 'block' : 'none'}
        shadow="md"
        withBorder
        p="sm"
        w={260}
        maw="calc(100vw - 2rem)"
        style={{ position: 'absolute', right: 0, top: 'calc(100% + 6px)', zIndex: 300 }}
      >
        <Stack gap={4}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.email}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`roles.${me.role}`)}
          </Text>
          <Divider my="xs" />
          {accountMenuLinks(me.role).map((link) => (
            <Button
              key={link.to}
              component={Link}
              to={link.to}
              variant="subtle"
              justify="flex-start"
              fullWidth
              onClick={() => setOpened(false)}
            >
              {t(link.label)}
            </Button>
          ))}
          <Button
            variant="subtle"
            justify="flex-start"
            fullWidth
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            {t('shell.logout')}
          </Button>
          {logout.isError && (
            <Text role="alert" size="sm" c="red.9">
              {errorMessage(t, logout.error)}
            </Text>
          )}
        </Stack>
      </Paper>
    </div>
  );
}

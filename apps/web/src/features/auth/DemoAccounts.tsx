import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useMeta } from '../../api/public';

/** In demo mode, the demo accounts with their role, each able to fill the login form. */
export function DemoAccounts({ onUse }: { onUse: (account: { email: string }, password: string) => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta.data?.demoMode || meta.data.demoAccounts.length === 0) return null;
  const demoPassword = meta.data.demoPassword ?? '';

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="demo-accounts-title"
    >
      <Stack gap="sm">
        <Title order={2} fz="h3" id="demo-accounts-title">
          {t('auth.demo.title')}
        </Title>
        <Text size="sm">{t('auth.demo.intro')}</Text>
        {demoPassword !== '' && (
          <Text size="sm">
            {t('auth.demo.passwordLabel')} <Code fz="sm">{demoPassword}</Code>
          </Text>
        )}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {meta.data.demoAccounts.map((account) => {
            const role = t(`roles.${account.role}`);
            return (
              <li key={account.email}>
                <Paper withBorder radius="sm" p="sm" bg="gray.0">
                  <Stack gap={6}>
                    <div>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {account.email}
                      </Text>
                      <Text size="sm">{role}</Text>
                    </div>
                    <Button
                      size="compact-md"
                      variant="outline"
                      w="fit-content"
                      aria-label={t('auth.demo.useLabel', { email: account.email, role })}
                      onClick={() => onUse(account, demoPassword)}
                    >
                      {t('auth.demo.use')}
                    </Button>
                  </Stack>
                </Paper>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}

import { Container, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow column of the login, signup and password pages; `aside` goes below the card. */
export function AuthLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <Container size={480} px="md" py={{ base: 'lg', sm: 48 }}>
      <Stack gap="lg">
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">{children}</Stack>
        </Paper>
        {aside}
      </Stack>
    </Container>
  );
}

import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The honest empty state of a screen whose content arrives in a later version. */
export function ComingNext({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={720}>
      <Stack gap="sm" align="flex-start">
        <Badge variant="light" color="essaim">
          {t('common.nextVersion')}
        </Badge>
        <Title order={2} fz="h3">
          {title}
        </Title>
        <Text>{body}</Text>
      </Stack>
    </Paper>
  );
}

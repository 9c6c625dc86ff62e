import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { QuestionnaireVersionSummary } from '../../api/admin';
import { PLAIN_LIST } from '../directory/OfferCard';

import { formatDateTime } from './dates';

/** The published versions, newest first; each opens read-only. */
export function VersionsList({ versions }: { versions: QuestionnaireVersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  return (
    <Stack gap="md">
      <Title order={2} fz="h3">
        {t('questionnaireEditor.versions.title')}
      </Title>
      <Text>{t('questionnaireEditor.versions.intro')}</Text>
      {sorted.length === 0 ? (
        <Text>{t('questionnaireEditor.versions.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={PLAIN_LIST}>
          {sorted.map((version) => (
            <Paper component="li" key={version.id} withBorder radius="md" p="md">
              <Group justify="space-between" gap="sm">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/app/questionnaire/versions/${version.number}`} fw={600}>
                    {t('questionnaireEditor.versions.name', { number: version.number })}
                  </Anchor>
                  <Text size="sm">
                    {t('questionnaireEditor.versions.publishedAt', {
                      date: formatDateTime(version.publishedAt, i18n.language),
                    })}
                  </Text>
                </Stack>
                <Text size="sm">
                  {t('questionnaireEditor.versions.questionCount', { count: version.questionCount })}
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { NEED_CATEGORIES, profileChange, type NeedProfile } from '@essaim/domain';
import { NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProjectDiagnostics } from '../../api/diagnostics';

import { useFormatters } from './format';

/** How the need profile changed between two submitted diagnostics of the project. */
export function DiagnosticComparison({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const diagnostics = useProjectDiagnostics(projectId);
  const submitted = (diagnostics.data ?? [])
    .filter(
      (diagnostic): diagnostic is typeof diagnostic & { submittedAt: string; needProfile: NeedProfile } =>
        diagnostic.status === 'submitted' &&
        diagnostic.submittedAt !== null &&
        diagnostic.needProfile !== null,
    )
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  if (submitted.length < 2) return null;

  const before = submitted.find((d) => d.id === beforeId) ?? submitted[submitted.length - 2];
  const after = submitted.find((d) => d.id === afterId) ?? submitted[submitted.length - 1];
  const options = submitted.map((diagnostic) => ({
    value: diagnostic.id,
    label: t('projects.comparison.option', { date: format.date(diagnostic.submittedAt) }),
  }));
  const change = profileChange(before.needProfile, after.needProfile);
  const changeText = (value: number) =>
    value > 0
      ? t('projects.comparison.up', { value })
      : value < 0
        ? t('projects.comparison.down', { value: -value })
        : t('projects.comparison.same');

  return (
    <Stack gap="md" component="section" aria-labelledby="comparison-title">
      <Title order={2} id="comparison-title">
        {t('projects.comparison.title')}
      </Title>
      <Text maw={760}>{t('projects.comparison.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={760}>
        <NativeSelect
          label={t('projects.comparison.before')}
          value={before.id}
          data={options}
          onChange={(event) => setBeforeId(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('projects.comparison.after')}
          value={after.id}
          data={options}
          onChange={(event) => setAfterId(event.currentTarget.value)}
        />
      </SimpleGrid>
      {before.id === after.id ? (
        <Text>{t('projects.comparison.sameChoice')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320} maw={760}>
          <Table striped withTableBorder captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left' }}>
              {t('projects.comparison.caption', {
                before: format.date(before.submittedAt),
                after: format.date(after.submittedAt),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('projects.comparison.need')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('projects.comparison.beforeColumn')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('projects.comparison.afterColumn')}
                </Table.Th>
                <Table.Th scope="col">{t('projects.comparison.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {NEED_CATEGORIES.map((category) => (
                <Table.Tr key={category}>
                  <Table.Th scope="row" fw={500}>
                    {t(`results.needs.${category}`)}
                  </Table.Th>
                  <Table.Td ta="right">{before.needProfile[category]}</Table.Td>
                  <Table.Td ta="right">{after.needProfile[category]}</Table.Td>
                  <Table.Td>{changeText(change[category])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import type { NeedProfile } from '@essaim/domain';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { needLevel, rankedNeeds } from './need-levels';

/** The need profile as a table: the accessible alternative to the radar chart, and its details. */
export function NeedProfileTable({ profile }: { profile: NeedProfile }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table striped withTableBorder captionSide="top" verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }}>{t('results.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('results.need')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('results.score')}
            </Table.Th>
            <Table.Th scope="col">{t('results.level')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rankedNeeds(profile).map(({ category, score }) => (
            <Table.Tr key={category}>
              <Table.Th scope="row" fw={500}>
                {t(`results.needs.${category}`)}
              </Table.Th>
              <Table.Td ta="right">{score}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`results.levels.${needLevel(score)}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

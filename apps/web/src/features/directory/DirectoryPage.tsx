import { Box, Button, Container, Grid, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useOfferSearch } from '../../api/directory';
import { useTerritories } from '../../api/public';
import { PageHeading } from '../../ui/PageHeading';

import { departementsOf } from './departements';
import {
  activeFilterCount,
  filtersToParams,
  NO_FILTERS,
  parseFilters,
  toOfferQuery,
  type DirectoryFilters,
} from './directory-filters';
import { DirectoryFiltersPanel } from './DirectoryFiltersPanel';
import { DirectoryResults } from './DirectoryResults';

const SEARCH_DELAY_MS = 300;

/** `/directory`: anyone searches the offers of the structures of the territories, without an account. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseFilters(searchParams);
  const territories = useTerritories();
  const search = useOfferSearch(toOfferQuery(filters));
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [filtersOpened, setFiltersOpened] = useState(false);
  const filtersId = useId();

  // The input follows the address (back button, shared link) unless the person is typing.
  const [text, setText] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setText(filters.q);
  }

  const update = (change: Partial<DirectoryFilters>) =>
    setSearchParams((previous) => {
      const current = parseFilters(previous);
      // Any change of the search starts again from its first page.
      return filtersToParams({ ...current, page: 1, ...change });
    });

  const searchText = useDebouncedCallback((q: string) => update({ q }), SEARCH_DELAY_MS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchText.cancel();
    update({ q: text });
  };

  const clearAll = () => {
    searchText.cancel();
    setText('');
    setSearchParams(filtersToParams(NO_FILTERS));
  };

  const territoryList = territories.data ?? [];
  const territoryCode =
    filters.territory ?? (territoryList.length === 1 ? territoryList[0]?.code : undefined);
  const territory = territoryList.find((candidate) => candidate.code === territoryCode);
  const count = activeFilterCount(filters);

  const panel = (
    <DirectoryFiltersPanel
      filters={filters}
      territories={territoryList}
      territory={territoryCode}
      departements={departementsOf(territory)}
      onChange={update}
      onClear={clearAll}
    />
  );

  return (
    <Container size="lg" px="md" py={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading>{t('directory.title')}</PageHeading>
          <Text maw={760}>{t('directory.intro')}</Text>
        </Stack>
        <form role="search" onSubmit={onSubmit} aria-label={t('directory.searchFormLabel')}>
          <TextInput
            type="search"
            label={t('directory.searchLabel')}
            description={t('directory.searchHint')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              searchText(event.currentTarget.value);
            }}
            inputWrapperOrder={['label', 'description', 'input']}
            size="md"
            maw={760}
          />
        </form>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper
              component="section"
              aria-labelledby={`${filtersId}-title`}
              withBorder={wide}
              p={wide ? 'md' : 0}
              radius="md"
            >
              {wide ? (
                <Title order={2} fz="h4" mb="md" id={`${filtersId}-title`}>
                  {t('directory.filters.title')}
                </Title>
              ) : (
                <Title order={2} id={`${filtersId}-title`} className="visually-hidden">
                  {t('directory.filters.title')}
                </Title>
              )}
              {wide ? (
                panel
              ) : (
                <>
                  <Button
                    variant="outline"
                    fullWidth
                    aria-expanded={filtersOpened}
                    aria-controls={`${filtersId}-panel`}
                    onClick={() => setFiltersOpened((opened) => !opened)}
                  >
                    {count > 0
                      ? t('directory.filters.toggleWithCount', { count })
                      : t('directory.filters.toggle')}
                  </Button>
                  <Box pt="md" id={`${filtersId}-panel`} hidden={!filtersOpened}>
                    {filtersOpened && panel}
                  </Box>
                </>
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <DirectoryResults
              search={search}
              page={filters.page}
              hasCriteria={count > 0 || filters.q.trim() !== ''}
              onPage={(page) => update({ page })}
              onClear={clearAll}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

import { can } from '@essaim/domain';
import {
  Alert,
  Box,
  Button,
  Drawer,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useStaffAdvisors, useStaffCases, type CaseListItem } from '../../api/case-lists';
import { useTerritories } from '../../api/public';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { departementsOf } from '../directory/departements';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import { BulkAssignDialog, type BulkAssignOutcome } from './BulkAssignDialog';
import {
  activeCaseFilterCount,
  caseFiltersToParams,
  NO_CASE_FILTERS,
  parseCaseFilters,
  SORT_CHOICES,
  toCaseListQuery,
  toSavedQuery,
  type CaseFilters,
} from './case-list-filters';
import { CaseFiltersPanel } from './CaseFiltersPanel';
import { CaseResults, type Selection } from './CaseResults';
import { SavedFilters } from './SavedFilters';

const SEARCH_DELAY_MS = 300;
const WIDE_SCREEN = '(min-width: 75em)';

/** `/app/cases`: the cases the caller may see, filtered, searched, sorted, and assigned several at once. */
export function CaseListPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'case:work')) return <NotFoundPage />;
  return <CaseList />;
}

/** The selected cases, kept for one list (one address): another search starts with none. */
function useSelection(listKey: string) {
  const [state, setState] = useState<{ key: string; items: Map<string, CaseListItem> }>({
    key: listKey,
    items: new Map(),
  });
  const items = state.key === listKey ? state.items : new Map<string, CaseListItem>();
  const update = (change: (next: Map<string, CaseListItem>) => void) => {
    const next = new Map(items);
    change(next);
    setState({ key: listKey, items: next });
  };
  const selection: Selection = {
    isSelected: (id) => items.has(id),
    toggle: (item) => update((next) => (next.delete(item.id) ? undefined : next.set(item.id, item))),
    toggleAll: (page) =>
      update((next) => {
        const all = page.every((item) => next.has(item.id));
        for (const item of page) {
          if (all) next.delete(item.id);
          else next.set(item.id, item);
        }
      }),
  };
  return {
    selected: [...items.values()],
    selection,
    clear: () => setState({ key: listKey, items: new Map() }),
  };
}

function CaseList() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseCaseFilters(searchParams);
  const search = useStaffCases(toCaseListQuery(filters));
  const advisors = useStaffAdvisors();
  const territories = useTerritories();
  const wide = useMediaQuery(WIDE_SCREEN, false, { getInitialValueInEffect: false });
  const [drawerOpened, setDrawerOpened] = useState(false);
  const [assignOpened, setAssignOpened] = useState(false);
  const [outcome, setOutcome] = useState<BulkAssignOutcome | null>(null);
  const filtersId = useId();
  const { selected, selection, clear } = useSelection(searchParams.toString());

  // The input follows the address (back button, shared link) unless the person is typing.
  const [text, setText] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setText(filters.q);
  }

  const update = (change: Partial<CaseFilters>) => {
    setOutcome(null);
    setSearchParams((previous) =>
      // Any change of the search starts again from its first page.
      caseFiltersToParams({ ...parseCaseFilters(previous), page: 1, ...change }),
    );
  };
  const searchText = useDebouncedCallback((q: string) => update({ q }), SEARCH_DELAY_MS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchText.cancel();
    update({ q: text });
  };

  const clearAll = () => {
    searchText.cancel();
    setText('');
    setOutcome(null);
    setSearchParams(caseFiltersToParams(NO_CASE_FILTERS));
  };

  const applySaved = (params: URLSearchParams) => {
    searchText.cancel();
    setOutcome(null);
    setSearchParams(params);
  };

  const territoryCode = me.territory?.code;
  const departements = departementsOf(
    territories.data?.find((territory) => territory.code === territoryCode),
  );
  const count = activeCaseFilterCount(filters);

  const filterTools = (
    <Stack gap="xl">
      <CaseFiltersPanel
        filters={filters}
        advisors={advisors.data ?? []}
        territory={territoryCode}
        departements={departements}
        onChange={update}
        onClear={clearAll}
      />
      <SavedFilters
        currentParams={caseFiltersToParams({ ...filters, page: 1 }).toString()}
        currentQuery={toSavedQuery(filters)}
        onApply={applySaved}
      />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageHeading>{t('caseList.title')}</PageHeading>
        <Text maw={760}>{t('caseList.intro')}</Text>
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Box
          component="form"
          role="search"
          onSubmit={onSubmit}
          aria-label={t('caseList.searchFormLabel')}
          flex="1 1 320px"
          maw={560}
        >
          <TextInput
            type="search"
            label={t('caseList.searchLabel')}
            description={t('caseList.searchHint')}
            inputWrapperOrder={['label', 'description', 'input']}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              searchText(event.currentTarget.value);
            }}
          />
        </Box>
        <NativeSelect
          label={t('caseList.sort.label')}
          value={filters.sort}
          onChange={(event) =>
            update({
              sort:
                SORT_CHOICES.find((choice) => choice === event.currentTarget.value) ?? NO_CASE_FILTERS.sort,
            })
          }
          data={SORT_CHOICES.map((choice) => ({
            value: choice,
            label: t(`caseList.sort.${choice.replace(':', '_')}`),
          }))}
        />
        {!wide && (
          <Button variant="outline" aria-haspopup="dialog" onClick={() => setDrawerOpened(true)}>
            {count > 0 ? t('caseList.filters.toggleWithCount', { count }) : t('caseList.filters.toggle')}
          </Button>
        )}
      </Group>

      <AssignOutcome outcome={outcome} />

      <Grid gap="xl">
        {wide && (
          <Grid.Col span={3}>
            <Paper component="section" aria-labelledby={`${filtersId}-title`} withBorder p="md" radius="md">
              <Title order={2} fz="h4" mb="md" id={`${filtersId}-title`}>
                {t('caseList.filters.title')}
              </Title>
              {filterTools}
            </Paper>
          </Grid.Col>
        )}
        <Grid.Col span={wide ? 9 : 12}>
          <Stack gap="md">
            {selected.length > 0 && (
              <Paper withBorder radius="md" p="sm" bg="essaim.0">
                <Group gap="sm" justify="space-between">
                  <Text fw={600}>{t('caseList.selectedCount', { count: selected.length })}</Text>
                  <Group gap="xs">
                    <Button onClick={() => setAssignOpened(true)}>{t('caseList.assign.open')}</Button>
                    <Button variant="subtle" onClick={clear}>
                      {t('caseList.clearSelection')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            )}
            <CaseResults
              search={search}
              page={filters.page}
              wide={wide}
              selection={me.operatorStaff ? selection : undefined}
              hasCriteria={count > 0 || filters.q.trim() !== ''}
              onPage={(page) => update({ page })}
              onClear={clearAll}
            />
          </Stack>
        </Grid.Col>
      </Grid>

      {!wide && (
        <Drawer
          opened={drawerOpened}
          onClose={() => setDrawerOpened(false)}
          title={t('caseList.filters.title')}
          closeButtonProps={{ 'aria-label': t('common.close') }}
          position="left"
          size="min(100%, 26rem)"
        >
          <Stack gap="xl">
            {filterTools}
            <Button onClick={() => setDrawerOpened(false)}>{t('caseList.filters.showResults')}</Button>
          </Stack>
        </Drawer>
      )}

      <BulkAssignDialog
        opened={assignOpened}
        cases={selected}
        advisors={advisors.data ?? []}
        onClose={() => setAssignOpened(false)}
        onDone={(result) => {
          clear();
          setOutcome(result);
        }}
      />
    </Stack>
  );
}

/** What the last bulk assignment did: announced politely when it worked, at once when it did not. */
function AssignOutcome({ outcome }: { outcome: BulkAssignOutcome | null }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'assigned' && (
          <Alert
            color="essaim"
            variant="light"
            title={t('caseList.assign.done', { count: outcome.count, name: outcome.advisor })}
          />
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <ErrorAlert title={t('caseList.assign.conflictTitle')}>
          {outcome.reference
            ? t('caseList.assign.conflictCase', { reference: outcome.reference })
            : t('caseList.assign.conflictSome')}
        </ErrorAlert>
      )}
    </>
  );
}

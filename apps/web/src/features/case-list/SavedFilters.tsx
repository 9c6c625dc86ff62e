import { ActionIcon, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  useCreateSavedFilter,
  useDeleteSavedFilter,
  useSavedFilters,
  type SavedFilter,
} from '../../api/case-lists';
import { errorMessage, fieldErrors } from '../../api/errors';
import { PLAIN_LIST } from '../directory/OfferCard';

import { savedQueryToParams } from './case-list-filters';

const NAME_MAX = 80;

/** The caller's saved searches: apply one, delete one, or save the current filters under a name. */
export function SavedFilters({
  currentParams,
  currentQuery,
  onApply,
}: {
  /** The current filters as an address, without the page: tells which saved filter is applied. */
  currentParams: string;
  /** The current filters as the API keeps them. */
  currentQuery: Record<string, string | string[]>;
  onApply: (params: URLSearchParams) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const saved = useSavedFilters();
  const remove = useDeleteSavedFilter();
  const [naming, setNaming] = useState(false);
  const [notice, setNotice] = useState('');

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        {t('caseList.saved.title')}
      </Title>
      <Text size="sm" role="status" aria-live="polite">
        {notice}
      </Text>
      {saved.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {saved.isError && (
        <Group gap="xs">
          <Text size="sm">{t('caseList.saved.loadFailed')}</Text>
          <Button size="compact-sm" variant="outline" onClick={() => void saved.refetch()}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
      {saved.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('caseList.saved.empty')}
        </Text>
      )}
      {saved.data && saved.data.length > 0 && (
        <Stack component="ul" gap={4} style={PLAIN_LIST}>
          {saved.data.map((filter) => {
            const params = savedQueryToParams(filter.query);
            const applied = params.toString() === currentParams;
            return (
              <li key={filter.id}>
                <Group gap={4} wrap="nowrap" justify="space-between">
                  <Button
                    variant={applied ? 'light' : 'subtle'}
                    size="compact-md"
                    aria-pressed={applied}
                    onClick={() => {
                      onApply(params);
                      setNotice(t('caseList.saved.applied', { name: filter.name }));
                    }}
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    h="auto"
                    py={4}
                  >
                    {filter.name}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    aria-label={t('caseList.saved.delete', { name: filter.name })}
                    loading={remove.isPending && remove.variables === filter.id}
                    onClick={() =>
                      remove.mutate(filter.id, {
                        onSuccess: () => setNotice(t('caseList.saved.deleted', { name: filter.name })),
                        onError: (error) => setNotice(errorMessage(t, error)),
                      })
                    }
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
      {naming ? (
        <SaveForm
          query={currentQuery}
          onSaved={(filter) => {
            setNaming(false);
            setNotice(t('caseList.saved.created', { name: filter.name }));
          }}
          onCancel={() => setNaming(false)}
        />
      ) : (
        <Button variant="outline" size="compact-md" w="fit-content" onClick={() => setNaming(true)}>
          {t('caseList.saved.save')}
        </Button>
      )}
    </Stack>
  );
}

function SaveForm({
  query,
  onSaved,
  onCancel,
}: {
  query: Record<string, string | string[]>;
  onSaved: (filter: SavedFilter) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSavedFilter();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    create.mutate({ name: name.trim(), query }, { onSuccess: onSaved });
  };

  const serverError = create.isError
    ? (fieldErrors(t, create.error, ['name']).name ?? errorMessage(t, create.error))
    : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t('caseList.saved.name')}
          description={t('caseList.saved.nameHint')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          required
          maxLength={NAME_MAX}
          value={name}
          autoFocus
          error={missing ? t('caseList.saved.nameMissing') : serverError}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={create.isPending}>
            {t('caseList.saved.confirm')}
          </Button>
          <Button variant="subtle" size="compact-md" onClick={onCancel}>
            {t('caseList.saved.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

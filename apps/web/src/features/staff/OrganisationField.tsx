import { Anchor, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useOrganisationChoices, type StaffRole } from '../../api/staff';

/** The organisation kinds an account of the role may belong to (the API checks the same). */
const KINDS: Partial<Record<StaffRole, readonly string[]>> = {
  advisor: ['support', 'both'],
  funder: ['funder', 'both'],
};

export function needsOrganisation(role: StaffRole | ''): role is 'advisor' | 'funder' {
  return role !== '' && KINDS[role] !== undefined;
}

/**
 * The structure of an advisor (support) or a funder (funder): a plain list, with a search box
 * when the territory has more structures than one list shows.
 */
export function OrganisationField({
  role,
  value,
  onChange,
  error,
  selectRef,
}: {
  role: 'advisor' | 'funder';
  value: string;
  onChange: (organisationId: string) => void;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const choices = useOrganisationChoices(q);
  const data = choices.data;
  const fitting = (data?.items ?? []).filter((organisation) => KINDS[role]?.includes(organisation.kind));
  const many = data !== undefined && (data.total > data.items.length || q !== '');

  if (data && !many && fitting.length === 0) {
    return (
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('staff.organisation.label')}
        </Text>
        <Text size="sm" role="alert">
          {t(`staff.organisation.none.${role}`)}{' '}
          <Anchor component={Link} to="/app/organisations/new">
            {t('staff.organisation.add')}
          </Anchor>
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      {many && (
        <TextInput
          type="search"
          label={t('staff.organisation.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      )}
      <NativeSelect
        ref={selectRef}
        label={t('staff.organisation.label')}
        description={t(`staff.organisation.hint.${role}`)}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        required
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: choices.isPending ? t('common.loading') : t('staff.organisation.choose') },
          ...fitting.map((organisation) => ({ value: organisation.id, label: organisation.name })),
        ]}
      />
    </Stack>
  );
}

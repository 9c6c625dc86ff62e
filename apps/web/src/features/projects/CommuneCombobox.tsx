import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { useCommunes, type CommuneDto } from '../../api/projects';

export interface CommuneChoice {
  code: string;
  label: string;
}

export function communeLabel(commune: CommuneDto): string {
  return `${commune.name} (${commune.postalCodes[0] ?? commune.departementCode})`;
}

/**
 * The commune field: an ARIA combobox over the territory's communes. Typing searches by name or
 * postal code; only a commune picked from the list is a value.
 */
export function CommuneCombobox({
  territoryCode,
  label,
  description,
  selected,
  onSelect,
  error,
  inputRef,
}: {
  territoryCode: string | undefined;
  label: ReactNode;
  description: string;
  selected: CommuneChoice | null;
  onSelect: (choice: CommuneChoice | null) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState(selected?.label ?? '');
  const [debounced] = useDebouncedValue(text, 250);
  // Once a commune is chosen its label is in the field: there is nothing more to search.
  const searching = selected === null ? debounced : '';
  const communes = useCommunes(territoryCode, searching);
  const options = selected === null && searching.trim().length >= 2 ? (communes.data ?? []) : [];

  let announcement = '';
  if (communes.isError) announcement = t('projects.form.communeUnavailable');
  else if (searching.trim().length >= 2 && communes.isSuccess && !communes.isPlaceholderData) {
    announcement =
      options.length === 0
        ? t('projects.form.communeNone')
        : t('projects.form.communeResults', { count: options.length });
  }

  const choose = (code: string) => {
    const commune = options.find((candidate) => candidate.code === code);
    if (!commune) return;
    const choice = { code: commune.code, label: communeLabel(commune) };
    setText(choice.label);
    onSelect(choice);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal={false} width="target">
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          label={label}
          description={description}
          value={text}
          autoComplete="off"
          aria-autocomplete="list"
          error={error ?? (communes.isError ? t('projects.form.communeUnavailable') : undefined)}
          rightSection={communes.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (selected !== null) onSelect(null);
            combobox.resetSelectedOption();
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options>
          {options.map((commune) => (
            <Combobox.Option value={commune.code} key={commune.code}>
              {communeLabel(commune)}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
      {/* Announces the results; says it visibly too when nothing matches. */}
      <Text
        size="sm"
        mt={4}
        aria-live="polite"
        className={
          options.length === 0 && announcement !== '' && !communes.isError ? undefined : 'visually-hidden'
        }
      >
        {announcement}
      </Text>
    </Combobox>
  );
}

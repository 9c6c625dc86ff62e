import { CloseButton, Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useCommuneSearch, type Commune } from '../../api/directory';

export function communeLabel(commune: Pick<Commune, 'name' | 'postalCodes'>): string {
  const postal = commune.postalCodes[0];
  return postal ? `${commune.name} (${postal})` : commune.name;
}

/**
 * A commune of the territory, found by its name or postal code as one types. `selectedLabel` is
 * the commune chosen so far (single choice); with `clearOnPick` the input empties after each
 * choice (several communes, listed by the caller).
 */
export function CommuneSearch({
  territory,
  label,
  description,
  selectedLabel,
  onPick,
  onClear,
  clearOnPick = false,
  error,
}: {
  territory: string;
  label: string;
  description?: string;
  selectedLabel?: string;
  onPick: (commune: Commune) => void;
  onClear?: () => void;
  clearOnPick?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // `typed` is null until the person types: the input then shows the commune chosen so far.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedLabel ?? '';
  const [debounced] = useDebouncedValue(typed ?? '', 250);
  const search = useCommuneSearch(territory, debounced);
  const communes = typed !== null && typed.trim().length >= 2 ? (search.data ?? []) : [];

  const pick = (code: string) => {
    const commune = communes.find((candidate) => candidate.code === code);
    if (!commune) return;
    onPick(commune);
    setTyped(clearOnPick ? '' : null);
    combobox.closeDropdown();
  };

  const clear = () => {
    setTyped(null);
    onClear?.();
  };

  const hint =
    typed === null || typed.trim().length < 2
      ? t('directory.commune.typeMore')
      : search.isError
        ? t('directory.commune.unavailable')
        : search.isFetching && communes.length === 0
          ? t('common.loading')
          : t('directory.commune.none');

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          label={label}
          description={description ?? t('directory.commune.hint')}
          value={text}
          autoComplete="off"
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
            if (event.currentTarget.value === '' && selectedLabel) onClear?.();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            // Leaving the field without choosing: it shows again the commune chosen so far.
            if (!clearOnPick) setTyped(null);
          }}
          error={error}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          rightSection={
            search.isFetching ? (
              <Loader size="xs" aria-hidden="true" />
            ) : selectedLabel && onClear ? (
              <CloseButton
                size="sm"
                aria-label={t('directory.commune.clear', { name: selectedLabel })}
                onMouseDown={(event) => event.preventDefault()}
                onClick={clear}
              />
            ) : null
          }
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {communes.length > 0 ? (
            communes.map((commune) => (
              <Combobox.Option value={commune.code} key={commune.code}>
                {communeLabel(commune)}
              </Combobox.Option>
            ))
          ) : (
            <Combobox.Empty>{hint}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

import {
  FUNDING_INSTRUMENTS,
  LEGAL_FORMS,
  NEED_CATEGORIES,
  OFFER_KINDS,
  PROJECT_STAGES,
  type FundingInstrument,
  type LegalForm,
  type OfferKind,
  type ProjectStage,
} from '@essaim/domain';
import { Button, Checkbox, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { TerritoryRef } from '../../api/directory';

import { CommuneSearch } from './CommuneSearch';
import { departementLabel } from './departements';
import type { DirectoryFilters } from './directory-filters';
import { useCommuneFilter } from './use-commune-filter';

/** The filters of the directory search; each change applies at once. */
export function DirectoryFiltersPanel({
  filters,
  territories,
  territory,
  departements,
  onChange,
  onClear,
}: {
  filters: DirectoryFilters;
  /** All territories of the installation: a choice is offered only when there are several. */
  territories: TerritoryRef[];
  /** The territory the search is limited to (chosen, or the only one). */
  territory: string | undefined;
  departements: string[];
  onChange: (change: Partial<DirectoryFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const commune = useCommuneFilter(territory, filters.commune, onChange);

  const any = (label: string) => ({ value: '', label });

  return (
    <Stack gap="md">
      {territories.length > 1 && (
        <NativeSelect
          label={t('directory.filters.territory')}
          value={filters.territory ?? ''}
          onChange={(event) =>
            onChange({
              territory: event.currentTarget.value || undefined,
              departement: undefined,
              commune: undefined,
            })
          }
          data={[
            any(t('directory.filters.anyTerritory')),
            ...territories.map(({ code, name }) => ({ value: code, label: name })),
          ]}
        />
      )}
      {territory ? (
        <>
          {departements.length > 0 && (
            <NativeSelect
              label={t('directory.filters.departement')}
              value={filters.departement ?? ''}
              onChange={(event) =>
                onChange({ departement: event.currentTarget.value || undefined, commune: undefined })
              }
              data={[
                any(t('directory.filters.anyDepartement')),
                ...departements.map((code) => ({ value: code, label: departementLabel(code) })),
              ]}
            />
          )}
          <CommuneSearch
            key={`${territory}-${filters.commune ?? ''}`}
            territory={territory}
            label={t('directory.filters.commune')}
            selectedLabel={commune.label}
            onPick={commune.pick}
            onClear={() => onChange({ commune: undefined })}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('directory.filters.chooseTerritoryFirst')}
        </Text>
      )}
      <NativeSelect
        label={t('directory.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(event) => {
          const kind = (event.currentTarget.value || undefined) as OfferKind | undefined;
          onChange({ kind, instrument: kind === 'accompaniment' ? undefined : filters.instrument });
        }}
        data={[
          any(t('directory.filters.anyKind')),
          ...OFFER_KINDS.map((kind) => ({ value: kind, label: t(`directory.vocab.offerKinds.${kind}`) })),
        ]}
      />
      {filters.kind !== 'accompaniment' && (
        <NativeSelect
          label={t('directory.filters.instrument')}
          value={filters.instrument ?? ''}
          onChange={(event) => {
            const instrument = (event.currentTarget.value || undefined) as FundingInstrument | undefined;
            // Only funding offers have an instrument.
            onChange({ instrument, kind: instrument ? 'funding' : filters.kind });
          }}
          data={[
            any(t('directory.filters.anyInstrument')),
            ...FUNDING_INSTRUMENTS.map((instrument) => ({
              value: instrument,
              label: t(`directory.vocab.instruments.${instrument}`),
            })),
          ]}
        />
      )}
      <NativeSelect
        label={t('directory.filters.stage')}
        value={filters.stage ?? ''}
        onChange={(event) =>
          onChange({ stage: (event.currentTarget.value || undefined) as ProjectStage | undefined })
        }
        data={[
          any(t('directory.filters.anyStage')),
          ...PROJECT_STAGES.map((stage) => ({ value: stage, label: t(`directory.vocab.stages.${stage}`) })),
        ]}
      />
      <NativeSelect
        label={t('directory.filters.legalForm')}
        value={filters.legalForm ?? ''}
        onChange={(event) =>
          onChange({ legalForm: (event.currentTarget.value || undefined) as LegalForm | undefined })
        }
        data={[
          any(t('directory.filters.anyLegalForm')),
          ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`directory.vocab.legalForms.${form}`) })),
        ]}
      />
      <Checkbox.Group
        label={t('directory.filters.needs')}
        description={t('directory.filters.needsHint')}
        value={filters.need}
        onChange={(values) => onChange({ need: values })}
        inputWrapperOrder={['label', 'description', 'input']}
      >
        <Stack gap={8} mt="xs">
          {NEED_CATEGORIES.map((need) => (
            <Checkbox key={need} value={need} label={t(`directory.vocab.needs.${need}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button variant="outline" onClick={onClear} w="fit-content">
        {t('directory.filters.clear')}
      </Button>
    </Stack>
  );
}

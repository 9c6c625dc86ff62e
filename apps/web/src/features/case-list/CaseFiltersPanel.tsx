import { CASE_PRIORITIES, CASE_STAGES, LEGAL_FORMS, SECTORS } from '@essaim/domain';
import { Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { personName, type StaffAdvisor } from '../../api/case-lists';
import { CommuneSearch } from '../directory/CommuneSearch';
import { departementLabel } from '../directory/departements';
import { useCommuneFilter } from '../directory/use-commune-filter';

import type { CaseFilters } from './case-list-filters';

interface Option {
  value: string;
  label: string;
}

/** The organisations the territory's advisors belong to: the operator and its partners. */
function organisationsOf(advisors: StaffAdvisor[]): Option[] {
  const byId = new Map<string, string>();
  for (const { organisation } of advisors) if (organisation) byId.set(organisation.id, organisation.name);
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** A value from a link that the list of choices does not hold (a disabled colleague) stays visible. */
function withCurrent(options: Option[], value: string | undefined, label: string): Option[] {
  return value && !options.some((option) => option.value === value)
    ? [...options, { value, label }]
    : options;
}

/** The filters of the case list; each change applies at once. */
export function CaseFiltersPanel({
  filters,
  advisors,
  territory,
  departements,
  onChange,
  onClear,
}: {
  filters: CaseFilters;
  advisors: StaffAdvisor[];
  /** The code of the caller's territory, for the commune search. */
  territory: string | undefined;
  departements: string[];
  onChange: (change: Partial<CaseFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const commune = useCommuneFilter(territory, filters.commune, onChange);

  const any = (label: string): Option => ({ value: '', label });
  const people = withCurrent(
    advisors.map((advisor) => ({ value: advisor.id, label: personName(advisor) })),
    filters.advisor === 'me' || filters.advisor === 'none' ? undefined : filters.advisor,
    t('caseList.filters.otherPerson'),
  );
  const organisations = withCurrent(
    organisationsOf(advisors),
    filters.organisation,
    t('caseList.filters.otherOrganisation'),
  );

  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t('caseList.filters.stage')}
        value={filters.stage}
        onChange={(values) => onChange({ stage: CASE_STAGES.filter((stage) => values.includes(stage)) })}
      >
        <Stack gap={8} mt="xs">
          {CASE_STAGES.map((stage) => (
            <Checkbox key={stage} value={stage} label={t(`cases.steps.${stage}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <NativeSelect
        label={t('caseList.filters.advisor')}
        value={filters.advisor ?? ''}
        onChange={(event) => onChange({ advisor: event.currentTarget.value || undefined })}
        data={[
          any(t('caseList.filters.anyAdvisor')),
          { value: 'me', label: t('caseList.filters.me') },
          { value: 'none', label: t('caseList.filters.unassigned') },
          ...(people.length > 0 ? [{ group: t('caseList.filters.colleagues'), items: people }] : []),
        ]}
      />
      {organisations.length > 0 && (
        <NativeSelect
          label={t('caseList.filters.organisation')}
          description={t('caseList.filters.organisationHint')}
          inputWrapperOrder={['label', 'description', 'input']}
          value={filters.organisation ?? ''}
          onChange={(event) => onChange({ organisation: event.currentTarget.value || undefined })}
          data={[any(t('caseList.filters.anyOrganisation')), ...organisations]}
        />
      )}
      <NativeSelect
        label={t('caseList.filters.priority')}
        value={filters.priority ?? ''}
        onChange={(event) =>
          onChange({
            priority: CASE_PRIORITIES.find((priority) => priority === event.currentTarget.value),
          })
        }
        data={[
          any(t('caseList.filters.anyPriority')),
          ...CASE_PRIORITIES.map((priority) => ({
            value: priority,
            label: t(`caseList.priority.${priority}`),
          })),
        ]}
      />
      <Checkbox
        label={t('caseList.filters.overdueTask')}
        checked={filters.overdueTask}
        onChange={(event) => onChange({ overdueTask: event.currentTarget.checked })}
      />
      <NativeSelect
        label={t('caseList.filters.sector')}
        value={filters.sector ?? ''}
        onChange={(event) =>
          onChange({ sector: SECTORS.find((sector) => sector === event.currentTarget.value) })
        }
        data={[
          any(t('caseList.filters.anySector')),
          ...SECTORS.map((sector) => ({ value: sector, label: t(`projects.sectors.${sector}`) })),
        ]}
      />
      <NativeSelect
        label={t('caseList.filters.legalForm')}
        value={filters.legalForm ?? ''}
        onChange={(event) =>
          onChange({ legalForm: LEGAL_FORMS.find((form) => form === event.currentTarget.value) })
        }
        data={[
          any(t('caseList.filters.anyLegalForm')),
          ...LEGAL_FORMS.map((form) => ({ value: form, label: t(`projects.legalForms.${form}`) })),
        ]}
      />
      {departements.length > 0 && (
        <NativeSelect
          label={t('caseList.filters.departement')}
          value={filters.departement ?? ''}
          onChange={(event) =>
            onChange({ departement: event.currentTarget.value || undefined, commune: undefined })
          }
          data={[
            any(t('caseList.filters.anyDepartement')),
            ...departements.map((code) => ({ value: code, label: departementLabel(code) })),
          ]}
        />
      )}
      {territory && (
        <CommuneSearch
          key={filters.commune ?? ''}
          territory={territory}
          label={t('caseList.filters.commune')}
          selectedLabel={commune.label}
          onPick={commune.pick}
          onClear={() => onChange({ commune: undefined })}
        />
      )}
      <TextInput
        type="date"
        label={t('caseList.filters.submittedFrom')}
        value={filters.submittedFrom ?? ''}
        max={filters.submittedTo}
        onChange={(event) => onChange({ submittedFrom: event.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('caseList.filters.submittedTo')}
        value={filters.submittedTo ?? ''}
        min={filters.submittedFrom}
        onChange={(event) => onChange({ submittedTo: event.currentTarget.value || undefined })}
      />
      <Button variant="outline" onClick={onClear} w="fit-content">
        {t('caseList.filters.clear')}
      </Button>
    </Stack>
  );
}

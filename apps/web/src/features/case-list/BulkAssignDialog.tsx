import { isApiError } from '@essaim/api-client';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { personName, useBulkAssign, type CaseListItem, type StaffAdvisor } from '../../api/case-lists';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useCurrentUser } from '../shell/current-user';

export type BulkAssignOutcome =
  | { kind: 'assigned'; count: number; advisor: string }
  /** Nothing was assigned: `reference` changed in between (null when the API did not say which). */
  | { kind: 'conflict'; reference: string | null };

/** The reference of the selected case a 409 names, in its message or its details. */
function staleReference(error: unknown, cases: CaseListItem[]): string | null {
  if (!isApiError(error)) return null;
  const said = [error.message, ...error.details.flatMap((detail) => [detail.message, detail.field])].join(
    ' ',
  );
  return cases.find((item) => said.includes(item.reference))?.reference ?? null;
}

/** "Attribuer à…": the selected cases to one lead advisor, all or nothing. */
export function BulkAssignDialog({
  opened,
  cases,
  advisors,
  onClose,
  onDone,
}: {
  opened: boolean;
  cases: CaseListItem[];
  advisors: StaffAdvisor[];
  onClose: () => void;
  onDone: (outcome: BulkAssignOutcome) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assign = useBulkAssign();
  const [advisorId, setAdvisorId] = useState('');
  const [missing, setMissing] = useState(false);
  // Only advisors lead cases (territory admins are in the list for tasks).
  const leads = advisors.filter((advisor) => advisor.role === 'advisor');

  const close = () => {
    assign.reset();
    setMissing(false);
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const advisor = leads.find((candidate) => candidate.id === advisorId);
    if (!advisor) {
      setMissing(true);
      return;
    }
    assign.mutate(
      { cases: cases.map(({ id, version }) => ({ id, version })), leadAdvisorId: advisor.id },
      {
        onSuccess: ({ assigned }) => {
          close();
          onDone({ kind: 'assigned', count: assigned, advisor: personName(advisor) });
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            close();
            onDone({ kind: 'conflict', reference: staleReference(error, cases) });
          }
        },
      },
    );
  };

  const options = leads.map((advisor) => ({
    value: advisor.id,
    label:
      advisor.id === me.id
        ? t('caseList.assign.me', { name: personName(advisor) })
        : advisor.organisation
          ? `${personName(advisor)} (${advisor.organisation.name})`
          : personName(advisor),
  }));
  const failure = assign.isError && !(isApiError(assign.error) && assign.error.status === 409);

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('caseList.assign.title', { count: cases.length })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{cases.map((item) => item.reference).join(', ')}</Text>
          <NativeSelect
            label={t('caseList.assign.advisor')}
            description={t('caseList.assign.advisorHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            required
            value={advisorId}
            error={missing ? t('caseList.assign.advisorMissing') : undefined}
            onChange={(event) => {
              setAdvisorId(event.currentTarget.value);
              setMissing(false);
            }}
            data={[{ value: '', label: t('caseList.assign.choose') }, ...options]}
          />
          {leads.length === 0 && <Text size="sm">{t('caseList.assign.noAdvisors')}</Text>}
          {failure && (
            <ErrorAlert title={t('caseList.assign.failed')}>
              {isApiError(assign.error) && assign.error.status === 403
                ? t('caseList.assign.forbidden')
                : errorMessage(t, assign.error)}
            </ErrorAlert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={close}>
              {t('caseList.assign.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('caseList.assign.submit', { count: cases.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

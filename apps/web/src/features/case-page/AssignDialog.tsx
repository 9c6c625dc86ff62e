import { Button, Group, Modal, MultiSelect, NativeSelect, Skeleton, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useStaffAdvisors } from '../../api/case-lists';
import type { AssignmentInput, CaseDto } from '../../api/cases';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';

import { advisorLabel } from './format';
import { LoadError } from '../../ui/LoadError';

/** Gives the case to an advisor of the territory (its lead) and chooses who follows it too. */
export function AssignDialog({
  record,
  saving,
  error,
  onConfirm,
  onClose,
}: {
  record: CaseDto;
  saving: boolean;
  error: unknown;
  onConfirm: (input: Omit<AssignmentInput, 'version'>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const staff = useStaffAdvisors();
  const [leadAdvisorId, setLeadAdvisorId] = useState(record.leadAdvisorId ?? '');
  const [followerIds, setFollowerIds] = useState<string[]>(record.followerIds);
  const [missing, setMissing] = useState(false);
  // Only advisors lead or follow a case; territory admins see every case anyway.
  const advisors = (staff.data ?? []).filter((person) => person.role === 'advisor');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (leadAdvisorId === '') {
      setMissing(true);
      return;
    }
    onConfirm({ leadAdvisorId, followerIds: followerIds.filter((id) => id !== leadAdvisorId) });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('casePage.assign.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {staff.isPending ? (
        <Skeleton height={120} />
      ) : staff.isError ? (
        <LoadError
          title={t('casePage.assign.loadError')}
          error={staff.error}
          onRetry={() => void staff.refetch()}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <NativeSelect
              label={t('casePage.header.lead')}
              value={leadAdvisorId}
              onChange={(event) => {
                setLeadAdvisorId(event.currentTarget.value);
                setMissing(false);
              }}
              data={[
                { value: '', label: t('casePage.assign.choose'), disabled: true },
                ...advisors.map((advisor) => ({ value: advisor.id, label: advisorLabel(advisor) })),
              ]}
              error={missing ? t('casePage.assign.leadRequired') : undefined}
              required
              data-autofocus
            />
            <MultiSelect
              label={t('casePage.assign.followers')}
              description={t('casePage.assign.followersHint')}
              value={followerIds.filter((id) => id !== leadAdvisorId)}
              onChange={setFollowerIds}
              data={advisors
                .filter((advisor) => advisor.id !== leadAdvisorId)
                .map((advisor) => ({ value: advisor.id, label: advisorLabel(advisor) }))}
              searchable
              clearable
              nothingFoundMessage={t('casePage.assign.nobody')}
              comboboxProps={{ withinPortal: true }}
            />
            {error !== null && (
              <ErrorAlert title={t('casePage.assign.failed')}>
                <Text size="sm">{errorMessage(t, error)}</Text>
              </ErrorAlert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('casePage.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('casePage.assign.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

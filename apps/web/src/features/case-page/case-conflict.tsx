import { Alert, List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../../api/case-lists';
import type { CaseDto } from '../../api/cases';
import { ConflictAlert } from '../../ui/ConflictAlert';

/** What someone else changed on the case between two versions, in plain sentences. */
export function caseChanges(t: TFunction, before: CaseDto, after: CaseDto): string[] {
  const changes: string[] = [];
  if (before.stage !== after.stage) {
    changes.push(
      t('casePage.conflict.stage', {
        from: t(`cases.steps.${before.stage}`),
        to: t(`cases.steps.${after.stage}`),
      }),
    );
  }
  if (before.leadAdvisorId !== after.leadAdvisorId) {
    const name = (lead: CaseDto['leadAdvisor']) => (lead ? personName(lead) : t('casePage.header.noLead'));
    changes.push(
      t('casePage.conflict.lead', { from: name(before.leadAdvisor), to: name(after.leadAdvisor) }),
    );
  }
  if (before.priority !== after.priority) {
    changes.push(
      t('casePage.conflict.priority', {
        from: t(`casePage.priority.${before.priority}`),
        to: t(`casePage.priority.${after.priority}`),
      }),
    );
  }
  return changes;
}

/**
 * A write refused because the case changed since it was shown (409): nothing was overwritten.
 * `report` keeps the case as the person saw it; reloading then says what changed.
 */
export function useCaseConflict(record: CaseDto, reload: () => Promise<CaseDto | undefined>) {
  const { t } = useTranslation();
  const [seen, setSeen] = useState<CaseDto | null>(null);
  const [reloading, setReloading] = useState(false);
  const [changes, setChanges] = useState<string[] | null>(null);

  const report = () => {
    setSeen(record);
    setChanges(null);
  };

  const onReload = async () => {
    if (seen === null) return;
    setReloading(true);
    const fresh = await reload();
    setReloading(false);
    if (fresh === undefined) return;
    setChanges(caseChanges(t, seen, fresh));
    setSeen(null);
  };

  const alert = (
    <>
      {seen !== null && (
        <ConflictAlert
          title={t('casePage.conflict.title')}
          message={t('casePage.conflict.message')}
          reloadLabel={t('casePage.reload')}
          reloading={reloading}
          onReload={() => void onReload()}
        />
      )}
      <div role="status" aria-live="polite">
        {changes !== null && <ReloadedNotice changes={changes} />}
      </div>
    </>
  );
  return { report, alert };
}

function ReloadedNotice({ changes }: { changes: string[] }) {
  const { t } = useTranslation();
  return (
    // The region around it announces it politely: the alert role Mantine gives by default would interrupt.
    <Alert color="essaim" variant="light" role="none" title={t('casePage.conflict.reloaded')}>
      <Stack gap={4}>
        {changes.length === 0 ? (
          <Text size="sm">{t('casePage.conflict.noVisibleChange')}</Text>
        ) : (
          <>
            <Text size="sm">{t('casePage.conflict.whatChanged')}</Text>
            <List size="sm">
              {changes.map((change) => (
                <List.Item key={change}>{change}</List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="sm">{t('casePage.conflict.redo')}</Text>
      </Stack>
    </Alert>
  );
}

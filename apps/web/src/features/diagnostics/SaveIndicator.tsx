import { Anchor, Button, Group, Loader, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SaveStatus } from './answer-saver';
import classes from './DiagnosticForm.module.css';

const COLOURS: Record<SaveStatus, string> = {
  saved: 'essaim.9',
  saving: 'gray.8',
  retrying: 'red.9',
  invalid: 'red.9',
  session: 'red.9',
  submitted: 'red.9',
  gone: 'red.9',
};

/** Whether the answers are saved, announced politely to screen readers as it changes. */
export function SaveIndicator({
  status,
  onRetry,
  resultsPath,
}: {
  status: SaveStatus;
  onRetry: () => void;
  resultsPath: string;
}) {
  const { t } = useTranslation();
  const help =
    status === 'retrying' || status === 'session' || status === 'submitted' || status === 'gone'
      ? t(`diagnostic.saveHelp.${status}`)
      : null;
  return (
    <Paper withBorder radius="md" px="md" py="xs" className={classes.saveBar} shadow="xs">
      <Group gap="sm" justify="space-between" wrap="wrap">
        <div role="status" aria-live="polite" aria-atomic="true">
          <Group gap={8} wrap="nowrap">
            {status === 'saving' || status === 'retrying' ? (
              <Loader size={14} color={COLOURS[status]} aria-hidden="true" />
            ) : (
              <span aria-hidden="true">{status === 'saved' ? '✓' : '!'}</span>
            )}
            <Text fw={600} size="sm" c={COLOURS[status]} data-save-status={status}>
              {t(`diagnostic.saveStatus.${status}`)}
            </Text>
          </Group>
          {help && (
            <Text size="sm" mt={4}>
              {help}
            </Text>
          )}
        </div>
        {(status === 'retrying' || status === 'session') && (
          <Button variant="outline" size="compact-sm" onClick={onRetry}>
            {t('diagnostic.retryNow')}
          </Button>
        )}
        {status === 'submitted' && (
          <Anchor component={Link} to={resultsPath} size="sm">
            {t('diagnostic.seeResults')}
          </Anchor>
        )}
        {status === 'gone' && (
          <Button variant="outline" size="compact-sm" onClick={() => window.location.reload()}>
            {t('diagnostic.reload')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

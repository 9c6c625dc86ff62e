import { NOTIFICATION_KINDS_BY_ROLE, type NotificationKind } from '@essaim/domain';
import { Alert, Anchor, Button, Paper, Stack, Switch, Text } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { errorMessage } from '../../api/errors';
import {
  useNotificationSettings,
  useSaveNotificationSettings,
  type NotificationSettingDto,
} from '../../api/notifications';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { useCurrentUser } from '../shell/current-user';
import './i18n';

/** `/app/settings/notifications`: for each kind the role may receive, email on or off. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kinds = NOTIFICATION_KINDS_BY_ROLE[me.role];
  const settings = useNotificationSettings();

  let body;
  if (kinds.length === 0) body = <Text>{t('notifications.settings.none')}</Text>;
  else if (settings.isPending) body = <FullPageLoader />;
  else if (settings.isError)
    body = (
      <LoadError
        title={t('notifications.settings.loadFailed')}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  else body = <SettingsForm kinds={kinds} initial={settings.data} />;

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap="xs">
        <PageHeading>{t('notifications.settings.title')}</PageHeading>
        <Text>{t('notifications.settings.intro')}</Text>
        <Anchor component={Link} to="/app/notifications" w="fit-content">
          {t('notifications.settings.seeNotifications')}
        </Anchor>
      </Stack>
      {body}
    </Stack>
  );
}

function SettingsForm({
  kinds,
  initial,
}: {
  kinds: readonly NotificationKind[];
  initial: NotificationSettingDto[];
}) {
  const { t } = useTranslation();
  const save = useSaveNotificationSettings();
  // No row for a kind means email on (the contract's default).
  const [email, setEmail] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(kinds.map((kind) => [kind, initial.find((row) => row.kind === kind)?.email ?? true])),
  );
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      kinds.map((kind) => ({ kind, email: email[kind] ?? true })),
      {
        onSuccess: (result) => {
          setEmail(Object.fromEntries(result.map((row) => [row.kind, row.email])));
          setSaved(true);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack component="fieldset" gap="md" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={600} mb="sm">
              {t('notifications.settings.legend')}
            </Text>
            {kinds.map((kind) => (
              <KindSwitch
                key={kind}
                kind={kind}
                checked={email[kind] ?? true}
                onChange={(checked) => {
                  setEmail((current) => ({ ...current, [kind]: checked }));
                  setSaved(false);
                  if (save.isError) save.reset();
                }}
              />
            ))}
          </Stack>
          <Text size="sm" c="dimmed">
            {t('notifications.settings.accountMails')}
          </Text>
          <div role="status" aria-live="polite">
            {saved && <Alert color="essaim" variant="light" title={t('notifications.settings.saved')} />}
          </div>
          {save.isError && (
            <ErrorAlert title={t('notifications.settings.saveFailed')}>
              {errorMessage(t, save.error)}
            </ErrorAlert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('notifications.settings.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** One kind's switch: named by the kind alone, its hint read as its description. */
function KindSwitch({
  kind,
  checked,
  onChange,
}: {
  kind: NotificationKind;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <Stack gap={2}>
      <Switch
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        label={t(`notifications.kinds.${kind}.setting`)}
        aria-describedby={hintId}
        size="md"
      />
      <Text id={hintId} size="sm" c="dimmed" pl={54}>
        {t(`notifications.kinds.${kind}.settingHint`)}
      </Text>
    </Stack>
  );
}

import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@essaim/domain';
import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useAdminUsers, USERS_PAGE_SIZE, type UserAdmin, type UsersQuery } from '../../api/staff';
import { LoadError } from '../../ui/LoadError';
import { PageHeading } from '../../ui/PageHeading';
import { RequireTerritoryAdmin } from '../admin-directory/RequireTerritoryAdmin';
import { PLAIN_LIST } from '../directory/OfferCard';
import { formatDate, formatDateTime } from '../questionnaire-editor/dates';
import { useCurrentUser } from '../shell/current-user';

import { InviteUserDialog } from './InviteUserDialog';
import { fullName, UserActions, type ActionOutcome } from './UserActions';

/** Roles an admin sees in their territory (platform admins belong to none). */
const TERRITORY_ROLES = ROLES.filter((role) => role !== 'platform_admin');
const WIDE_SCREEN = '(min-width: 62em)';

/** `/app/users`: the accounts of the territory, invitations and access. */
export function UsersPage() {
  return (
    <RequireTerritoryAdmin>
      <UsersList />
    </RequireTerritoryAdmin>
  );
}

function queryOf(params: URLSearchParams): Required<Pick<UsersQuery, 'page'>> & UsersQuery {
  const role = params.get('role');
  const status = params.get('status');
  return {
    q: params.get('q')?.trim() || undefined,
    role: TERRITORY_ROLES.find((candidate) => candidate === role),
    status: USER_STATUSES.find((candidate) => candidate === status),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function UsersList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryOf(searchParams);
  const users = useAdminUsers(query);
  const wide = useMediaQuery(WIDE_SCREEN, false, { getInitialValueInEffect: false });
  const [inviting, setInviting] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const [text, setText] = useState(query.q ?? '');
  const [shownQ, setShownQ] = useState(query.q ?? '');
  if ((query.q ?? '') !== shownQ) {
    setShownQ(query.q ?? '');
    setText(query.q ?? '');
  }
  const go = (change: UsersQuery) =>
    setSearchParams((previous) => {
      const next = { ...queryOf(previous), page: 1, ...change };
      const params = new URLSearchParams();
      if (next.q?.trim()) params.set('q', next.q.trim());
      if (next.role) params.set('role', next.role);
      if (next.status) params.set('status', next.status);
      if (next.page > 1) params.set('page', String(next.page));
      return params;
    });
  const searchText = useDebouncedCallback((value: string) => go({ q: value }), 300);
  const filtered = Boolean(query.q || query.role || query.status);
  const clear = () => {
    searchText.cancel();
    setText('');
    setSearchParams(new URLSearchParams());
  };

  const data = users.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || USERS_PAGE_SIZE))) : 1;
  const done = (next: ActionOutcome) => setOutcome(next);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap="xs" maw={720}>
          <PageHeading>{t('staff.users.title')}</PageHeading>
          <Text>{t('staff.users.intro')}</Text>
        </Stack>
        <Button onClick={() => setInviting(true)} aria-haspopup="dialog">
          {t('staff.users.invite')}
        </Button>
      </Group>

      <div role="status" aria-live="polite">
        {outcome && (
          <Alert
            color="essaim"
            variant="light"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setOutcome(null)}
            title={t(`staff.outcome.${outcome.kind}`, {
              name: fullName(outcome.user),
              email: outcome.user.email,
              organisation: outcome.user.organisation?.name ?? '',
            })}
          />
        )}
      </div>

      <Group align="flex-end" gap="md" wrap="wrap">
        <Box
          component="form"
          role="search"
          aria-label={t('staff.users.searchFormLabel')}
          flex="1 1 280px"
          maw={480}
          onSubmit={(event) => {
            event.preventDefault();
            searchText.cancel();
            go({ q: text });
          }}
        >
          <TextInput
            type="search"
            label={t('staff.users.searchLabel')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              searchText(event.currentTarget.value);
            }}
          />
        </Box>
        <NativeSelect
          label={t('staff.users.roleFilter')}
          value={query.role ?? ''}
          onChange={(event) => go({ role: (event.currentTarget.value || undefined) as Role | undefined })}
          data={[
            { value: '', label: t('staff.users.allRoles') },
            ...TERRITORY_ROLES.map((role) => ({ value: role, label: t(`staff.roles.${role}`) })),
          ]}
        />
        <NativeSelect
          label={t('staff.users.statusFilter')}
          value={query.status ?? ''}
          onChange={(event) =>
            go({ status: (event.currentTarget.value || undefined) as UserStatus | undefined })
          }
          data={[
            { value: '', label: t('staff.users.allStatuses') },
            ...USER_STATUSES.map((status) => ({ value: status, label: t(`staff.status.${status}`) })),
          ]}
        />
      </Group>

      <Text role="status" aria-live="polite" fw={600}>
        {users.isPending ? t('common.loading') : data ? t('staff.users.count', { count: data.total }) : ''}
      </Text>
      {users.isError && (
        <LoadError
          title={t('staff.users.loadFailed')}
          error={users.error}
          onRetry={() => void users.refetch()}
        />
      )}
      {data && data.total === 0 && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={720}>
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="h4">
              {filtered ? t('staff.users.noMatchTitle') : t('staff.users.emptyTitle')}
            </Title>
            <Text>{filtered ? t('staff.users.noMatchBody') : t('staff.users.emptyBody')}</Text>
            {filtered ? (
              <Button variant="outline" onClick={clear}>
                {t('staff.users.clearFilters')}
              </Button>
            ) : (
              <Button onClick={() => setInviting(true)}>{t('staff.users.invite')}</Button>
            )}
          </Stack>
        </Paper>
      )}
      {data &&
        data.items.length > 0 &&
        (wide ? (
          <UsersTable users={data.items} onDone={done} />
        ) : (
          <UserCards users={data.items} onDone={done} />
        ))}
      {data && pages > 1 && (
        <Center component="nav" aria-label={t('directory.pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(query.page, pages)}
            onChange={(page) => go({ page })}
            getItemProps={(item) => ({ 'aria-label': t('directory.pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pagination.${control}`) })}
          />
        </Center>
      )}

      <InviteUserDialog
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(user) => setOutcome({ kind: 'invited', user })}
      />
    </Stack>
  );
}

function isPast(iso: string, now: number = Date.now()): boolean {
  return Date.parse(iso) < now;
}

export function UserStatusBadge({ user }: { user: Pick<UserAdmin, 'status' | 'invitation'> }) {
  const { t } = useTranslation();
  const expired = user.invitation !== null && isPast(user.invitation.expiresAt);
  const color = { active: 'essaim', invited: 'blue', disabled: 'gray.8' }[user.status];
  return (
    <Badge variant={user.status === 'disabled' ? 'outline' : 'light'} color={color} tt="none">
      {expired ? t('staff.status.expired') : t(`staff.status.${user.status}`)}
    </Badge>
  );
}

/** When they last logged in, or where their invitation stands. */
function UserActivity({ user }: { user: UserAdmin }) {
  const { t, i18n } = useTranslation();
  if (user.status === 'invited') {
    if (!user.invitation) return <>{t('staff.activity.noLink')}</>;
    const expired = isPast(user.invitation.expiresAt);
    const date = formatDate(user.invitation.expiresAt, i18n.language);
    return (
      <>{expired ? t('staff.activity.linkExpired', { date }) : t('staff.activity.linkValid', { date })}</>
    );
  }
  return (
    <>
      {user.lastLoginAt
        ? t('staff.activity.lastLogin', { date: formatDateTime(user.lastLoginAt, i18n.language) })
        : t('staff.activity.neverLoggedIn')}
    </>
  );
}

function NameAndEmail({ user, isMe }: { user: UserAdmin; isMe: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {fullName(user)}
        {isMe ? ` ${t('staff.users.you')}` : ''}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {user.email}
      </Text>
    </Stack>
  );
}

function UsersTable({ users, onDone }: { users: UserAdmin[]; onDone: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>{t('staff.users.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staff.users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('staff.users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('staff.users.columns.organisation')}</Table.Th>
            <Table.Th scope="col">{t('staff.users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('staff.users.columns.activity')}</Table.Th>
            <Table.Th scope="col">{t('staff.users.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <NameAndEmail user={user} isMe={user.id === me.id} />
              </Table.Td>
              <Table.Td>{t(`staff.roles.${user.role}`)}</Table.Td>
              <Table.Td>{user.organisation?.name ?? '—'}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <UserActivity user={user} />
                </Text>
              </Table.Td>
              <Table.Td>
                <UserActions user={user} isMe={user.id === me.id} onDone={onDone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UserCards({ users, onDone }: { users: UserAdmin[]; onDone: (outcome: ActionOutcome) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Stack component="ul" gap="sm" style={PLAIN_LIST} aria-label={t('staff.users.tableCaption')}>
      {users.map((user) => (
        <li key={user.id}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
                <NameAndEmail user={user} isMe={user.id === me.id} />
                <UserStatusBadge user={user} />
              </Group>
              <Text size="sm">
                {t(`staff.roles.${user.role}`)}
                {user.organisation ? ` · ${user.organisation.name}` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                <UserActivity user={user} />
              </Text>
              <UserActions user={user} isMe={user.id === me.id} onDone={onDone} />
            </Stack>
          </Paper>
        </li>
      ))}
    </Stack>
  );
}

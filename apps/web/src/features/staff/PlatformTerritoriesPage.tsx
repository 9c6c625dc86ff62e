import { isApiError } from '@essaim/api-client';
import { can } from '@essaim/domain';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessage } from '../../api/errors';
import {
  useCreateTerritory,
  useInviteTerritoryAdmin,
  usePlatformTerritories,
  useResendAdminInvitation,
  useUpdateTerritory,
  type PlatformTerritory,
  type UserAdmin,
} from '../../api/staff';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { focusFirstInvalid, hasErrors } from '../auth/form-helpers';
import { DEPARTEMENT_NAMES, departementLabel } from '../directory/departements';
import { PLAIN_LIST } from '../directory/OfferCard';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useCurrentUser } from '../shell/current-user';

import {
  INVITEE_FIELDS,
  InviteeFields,
  inviteeProblems,
  NO_INVITEE,
  type InviteeValues,
} from './InviteeFields';
import { explainedByFields, staffFieldError } from './staff-errors';
import { fullName } from './UserActions';
import { UserStatusBadge } from './UsersPage';

/** `/app/territories`: the platform admin's territories, a new one, and their admins. */
export function PlatformTerritoriesPage() {
  const me = useCurrentUser();
  if (!can(me.role, 'platform:manage')) return <NotFoundPage />;
  return <Territories />;
}

function Territories() {
  const { t } = useTranslation();
  const territories = usePlatformTerritories();
  const [notice, setNotice] = useState<string | null>(null);
  const listId = useId();

  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <PageHeading>{t('staff.platform.title')}</PageHeading>
        <Text>{t('staff.platform.intro')}</Text>
      </Stack>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert
            color="essaim"
            variant="light"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setNotice(null)}
            title={notice}
          />
        )}
      </div>

      <Stack component="section" gap="md" aria-labelledby={listId}>
        <Title order={2} fz="h3" id={listId}>
          {t('staff.platform.listTitle')}
        </Title>
        {territories.isPending && <Text role="status">{t('common.loading')}</Text>}
        {territories.isError && (
          <ErrorAlert title={errorMessage(t, territories.error)}>
            <Button size="compact-md" variant="outline" onClick={() => void territories.refetch()}>
              {t('common.retry')}
            </Button>
          </ErrorAlert>
        )}
        {territories.data?.length === 0 && <Text>{t('staff.platform.empty')}</Text>}
        {territories.data && territories.data.length > 0 && (
          <Stack component="ul" gap="md" style={PLAIN_LIST}>
            {territories.data.map((territory) => (
              <li key={territory.id}>
                <TerritoryCard territory={territory} onNotice={setNotice} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>

      <CreateTerritory
        covered={new Set(territories.data?.flatMap((territory) => territory.departements) ?? [])}
        onCreated={(territory) =>
          setNotice(t('staff.platform.created', { name: territory.name, count: territory.communeCount }))
        }
      />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function TerritoryCard({
  territory,
  onNotice,
}: {
  territory: PlatformTerritory;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [inviting, setInviting] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const headingId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="article"
      aria-labelledby={headingId}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={3} fz="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {territory.name} ({territory.code.toUpperCase()})
          </Title>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setRenaming(true)}
            aria-label={t('staff.platform.renameNamed', { name: territory.name })}
            aria-haspopup="dialog"
          >
            {t('staff.platform.rename')}
          </Button>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" m={0}>
          <Fact label={t('staff.platform.operator')}>{territory.operator?.name ?? '—'}</Fact>
          <Fact label={t('staff.platform.departements')}>
            {territory.departements.map(departementLabel).join(', ') || '—'}
          </Fact>
          <Fact label={t('staff.platform.figures')}>
            {t('staff.platform.counts', {
              users: territory.userCount,
              cases: territory.caseCount,
              communes: territory.communeCount,
            })}
          </Fact>
          <Fact label={t('staff.platform.settings')}>
            {t('staff.platform.thresholds', { sla: territory.slaDays, inactivity: territory.inactivityDays })}
          </Fact>
        </SimpleGrid>
        <Stack gap="xs">
          <Text fw={600}>{t('staff.platform.admins', { count: territory.admins.length })}</Text>
          {territory.admins.length === 0 ? (
            <Text size="sm">{t('staff.platform.noAdmin')}</Text>
          ) : (
            <Stack component="ul" gap="xs" style={PLAIN_LIST}>
              {territory.admins.map((admin) => (
                <li key={admin.id}>
                  <AdminRow territoryId={territory.id} admin={admin} onNotice={onNotice} />
                </li>
              ))}
            </Stack>
          )}
          <Button
            w="fit-content"
            variant="light"
            onClick={() => setInviting(true)}
            aria-label={t('staff.platform.inviteAdminNamed', { name: territory.name })}
            aria-haspopup="dialog"
          >
            {t('staff.platform.inviteAdmin')}
          </Button>
        </Stack>
      </Stack>
      {inviting && (
        <InviteAdminDialog
          territory={territory}
          onClose={() => setInviting(false)}
          onInvited={(admin) => {
            setInviting(false);
            onNotice(t('staff.outcome.invited', { name: fullName(admin), email: admin.email }));
          }}
        />
      )}
      {renaming && <RenameDialog territory={territory} onClose={() => setRenaming(false)} />}
    </Paper>
  );
}

function AdminRow({
  territoryId,
  admin,
  onNotice,
}: {
  territoryId: string;
  admin: UserAdmin;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const resend = useResendAdminInvitation(territoryId);
  const name = fullName(admin);
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Text style={{ overflowWrap: 'anywhere' }}>
          {name} · {admin.email}
        </Text>
        <UserStatusBadge user={admin} />
        {admin.status === 'invited' && (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={resend.isPending}
            aria-label={t('staff.actions.resendNamed', { name })}
            onClick={() =>
              resend.mutate(admin.id, {
                onSuccess: (updated) =>
                  onNotice(t('staff.outcome.invitation', { name, email: updated.email })),
              })
            }
          >
            {t('staff.actions.resend')}
          </Button>
        )}
      </Group>
      {resend.isError && <ErrorAlert title={errorMessage(t, resend.error)} />}
    </Stack>
  );
}

function InviteAdminDialog({
  territory,
  onClose,
  onInvited,
}: {
  territory: PlatformTerritory;
  onClose: () => void;
  onInvited: (admin: UserAdmin) => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteTerritoryAdmin(territory.id);
  const [values, setValues] = useState<InviteeValues>(NO_INVITEE);
  const [localErrors, setLocalErrors] = useState<ReturnType<typeof inviteeProblems>>({});
  const firstNameRef = useRef<HTMLInputElement>(null);
  const lastNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = inviteeProblems(t, values);
    setLocalErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(INVITEE_FIELDS, found, {
        firstName: firstNameRef,
        lastName: lastNameRef,
        email: emailRef,
      });
      return;
    }
    invite.mutate(
      {
        email: values.email.trim(),
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        locale: values.locale,
      },
      { onSuccess: onInvited },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('staff.platform.inviteTitle', { name: territory.name })}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('staff.platform.inviteIntro', { operator: territory.operator?.name ?? territory.name })}
          </Text>
          <InviteeFields
            values={values}
            onChange={(next) => {
              setValues(next);
              setLocalErrors({});
              if (invite.isError) invite.reset();
            }}
            localErrors={localErrors}
            error={invite.error}
            refs={{ firstName: firstNameRef, lastName: lastNameRef, email: emailRef }}
          />
          {invite.isError && !explainedByFields(invite.error, INVITEE_FIELDS) && (
            <ErrorAlert title={errorMessage(t, invite.error)} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('staff.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('staff.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RenameDialog({ territory, onClose }: { territory: PlatformTerritory; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTerritory(territory.id);
  const [name, setName] = useState(territory.name);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    update.mutate({ name: name.trim() }, { onSuccess: onClose });
  };

  const fieldError = missing
    ? t('staff.fieldProblems.name.required')
    : staffFieldError(t, update.error, 'name');
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('staff.platform.renameTitle', { name: territory.name })}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('staff.platform.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setMissing(false);
            }}
            error={fieldError}
            required
            maxLength={200}
            data-autofocus
          />
          {update.isError && fieldError === undefined && <ErrorAlert title={errorMessage(t, update.error)} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('staff.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('staff.platform.renameSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const CREATE_FIELDS = ['code', 'name', 'departements', 'operatorName'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

function CreateTerritory({
  covered,
  onCreated,
}: {
  covered: Set<string>;
  onCreated: (territory: PlatformTerritory) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateTerritory();
  const headingId = useId();
  const [values, setValues] = useState({
    code: '',
    name: '',
    departements: [] as string[],
    operatorName: '',
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<CreateField, string>>>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const departementsRef = useRef<HTMLInputElement>(null);
  const operatorNameRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors({});
    if (create.isError) create.reset();
  };
  const errorOf = (field: CreateField) =>
    localErrors[field] ??
    (field === 'code' && isCodeTaken(create.error)
      ? t('staff.fieldProblems.code.taken')
      : staffFieldError(t, create.error, field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<CreateField, string>> = {};
    if (!/^[A-Za-z]{2,16}$/.test(values.code.trim())) found.code = t('staff.fieldProblems.code.default');
    if (values.name.trim() === '') found.name = t('staff.fieldProblems.name.required');
    if (values.departements.length === 0) found.departements = t('staff.fieldProblems.departements.required');
    if (values.operatorName.trim() === '')
      found.operatorName = t('staff.fieldProblems.operatorName.required');
    setLocalErrors(found);
    if (hasErrors(found)) {
      focusFirstInvalid(CREATE_FIELDS, found, {
        code: codeRef,
        name: nameRef,
        departements: departementsRef,
        operatorName: operatorNameRef,
      });
      return;
    }
    create.mutate(
      {
        code: values.code.trim().toUpperCase(),
        name: values.name.trim(),
        departements: values.departements,
        operatorName: values.operatorName.trim(),
      },
      {
        onSuccess: (territory) => {
          setValues({ code: '', name: '', departements: [], operatorName: '' });
          onCreated(territory);
        },
      },
    );
  };

  const departementChoices = Object.entries(DEPARTEMENT_NAMES).map(([code, name]) => ({
    value: code,
    label: `${name} (${code})`,
    disabled: covered.has(code),
  }));
  const unexplained =
    create.isError && !explainedByFields(create.error, CREATE_FIELDS) && !isCodeTaken(create.error);

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      maw={760}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h3" id={headingId}>
            {t('staff.platform.createTitle')}
          </Title>
          <Text size="sm">{t('staff.platform.createIntro')}</Text>
          {unexplained && <ErrorAlert title={errorMessage(t, create.error)} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              ref={nameRef}
              label={t('staff.platform.name')}
              value={values.name}
              onChange={(event) => set('name', event.currentTarget.value)}
              error={errorOf('name')}
              required
              maxLength={200}
            />
            <TextInput
              ref={codeRef}
              label={t('staff.platform.code')}
              description={t('staff.platform.codeHint')}
              inputWrapperOrder={['label', 'description', 'input', 'error']}
              value={values.code}
              onChange={(event) => set('code', event.currentTarget.value.toUpperCase())}
              error={errorOf('code')}
              required
              maxLength={16}
              autoComplete="off"
            />
          </SimpleGrid>
          <MultiSelect
            ref={departementsRef}
            label={t('staff.platform.departements')}
            description={t('staff.platform.departementsHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            data={departementChoices}
            value={values.departements}
            onChange={(value) => set('departements', value)}
            error={errorOf('departements')}
            searchable
            required
            nothingFoundMessage={t('staff.platform.noDepartement')}
          />
          <TextInput
            ref={operatorNameRef}
            label={t('staff.platform.operatorName')}
            description={t('staff.platform.operatorNameHint')}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            value={values.operatorName}
            onChange={(event) => set('operatorName', event.currentTarget.value)}
            error={errorOf('operatorName')}
            required
            maxLength={200}
          />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('staff.platform.createSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** The API answers a code already used with a 409. */
function isCodeTaken(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

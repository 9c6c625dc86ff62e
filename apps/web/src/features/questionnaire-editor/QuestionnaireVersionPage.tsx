import { isApiError } from '@essaim/api-client';
import { Anchor, Breadcrumbs, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useQuestionnaireVersion } from '../../api/admin';
import { errorMessage } from '../../api/errors';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { PageHeading } from '../../ui/PageHeading';
import { RequireTerritoryAdmin } from '../admin-directory/RequireTerritoryAdmin';
import { NotFoundPage } from '../not-found/NotFoundPage';

import { formatDateTime } from './dates';
import { questionCount } from './definition-edits';
import { QuestionnairePreview } from './QuestionnairePreview';

/** `/app/questionnaire/versions/:number`: a published version, frozen, read-only. */
export function QuestionnaireVersionPage() {
  return (
    <RequireTerritoryAdmin>
      <VersionView />
    </RequireTerritoryAdmin>
  );
}

function VersionView() {
  const { t, i18n } = useTranslation();
  const { number: param = '' } = useParams();
  const number = /^\d+$/.test(param) ? Number(param) : NaN;
  const version = useQuestionnaireVersion(number);
  const [language, setLanguage] = useState<'fr' | 'en'>('fr');

  if (!Number.isInteger(number) || number < 1) return <NotFoundPage />;
  if (version.isPending) return <FullPageLoader />;
  if (version.isError) {
    if (isApiError(version.error) && version.error.status === 404) return <NotFoundPage />;
    return (
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('questionnaireEditor.versions.name', { number })}</PageHeading>
        <ErrorAlert title={errorMessage(t, version.error)} />
        <Button onClick={() => void version.refetch()}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  const { definition, publishedAt } = version.data;
  return (
    <Stack gap="lg">
      <nav aria-label={t('directory.breadcrumbsLabel')}>
        <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
          <Anchor component={Link} to="/app/questionnaire">
            {t('questionnaireEditor.title')}
          </Anchor>
          <Text component="span" aria-current="page">
            {t('questionnaireEditor.versions.name', { number })}
          </Text>
        </Breadcrumbs>
      </nav>
      <Stack gap="xs" maw={760}>
        <PageHeading>{t('questionnaireEditor.versions.name', { number })}</PageHeading>
        <Text>
          {t('questionnaireEditor.versions.publishedAt', {
            date: formatDateTime(publishedAt, i18n.language),
          })}
          {' · '}
          {t('questionnaireEditor.versions.questionCount', { count: questionCount(definition) })}
        </Text>
        <Text>{t('questionnaireEditor.versions.frozen')}</Text>
      </Stack>
      <Radio.Group
        label={t('questionnaireEditor.preview.language')}
        value={language}
        onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
      >
        <Group gap="lg" mt="xs">
          <Radio value="fr" label="Français" lang="fr" />
          <Radio value="en" label="English" lang="en" />
        </Group>
      </Radio.Group>
      <QuestionnairePreview definition={definition} language={language} headingLevel={2} />
    </Stack>
  );
}

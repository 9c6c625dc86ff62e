import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "(obligatoire)" after a label: said in words, not by a colour or an asterisk. */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <Text component="span" fw={400} size="sm" c="dimmed" inherit={false}>
      {t('projects.form.required')}
    </Text>
  );
}

import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../i18n/use-language';

/** FR / EN toggle; each button is named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, languages, setLanguage } = useLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('language.groupLabel')} wrap="nowrap">
      {languages.map((locale) => {
        const active = locale === language;
        return (
          <Button
            key={locale}
            size="compact-sm"
            variant={active ? 'filled' : 'subtle'}
            lang={locale}
            aria-label={`${t(`language.${locale}`)} (${locale.toUpperCase()})`}
            aria-pressed={active}
            onClick={() => setLanguage(locale)}
          >
            {locale.toUpperCase()}
          </Button>
        );
      })}
    </Group>
  );
}

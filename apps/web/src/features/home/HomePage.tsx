import { Box, Button, Container, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { useMe } from '../../api/auth';
import { PageHeading } from '../../ui/PageHeading';

const STEPS = ['step1', 'step2', 'step3'] as const;

/** `/`: what Essaim is, in plain words, and the way in. Logged-in users go straight to their space. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data) return <Navigate to="/app" replace />;

  return (
    <>
      <Box className="hero" py={{ base: 'xl', sm: 64 }}>
        <Container size="lg">
          <Stack gap="lg" maw={760}>
            <PageHeading documentTitle={t('app.tagline')}>{t('landing.title')}</PageHeading>
            <Text fz="lg">{t('landing.intro')}</Text>
            <Group gap="sm">
              <Button component={Link} to="/signup" size="md">
                {t('landing.signup')}
              </Button>
              <Button component={Link} to="/login" size="md" variant="outline">
                {t('landing.login')}
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>
      <Container size="lg" py="xl">
        <Stack gap="lg">
          <Title order={2}>{t('landing.stepsTitle')}</Title>
          <List
            type="ordered"
            spacing="lg"
            listStyleType="none"
            styles={{ itemWrapper: { alignItems: 'flex-start' } }}
          >
            {STEPS.map((step, index) => (
              <List.Item
                key={step}
                icon={
                  <ThemeIcon radius="xl" size={32} aria-hidden="true">
                    {index + 1}
                  </ThemeIcon>
                }
              >
                <Title order={3} fz="h4">
                  {t(`landing.${step}Title`)}
                </Title>
                <Text maw={680}>{t(`landing.${step}Body`)}</Text>
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed" maw={680}>
            {t('landing.staffNote')}
          </Text>
          <Stack gap="xs" align="flex-start">
            <Title order={2}>{t('directory.landingTitle')}</Title>
            <Text maw={680}>{t('directory.landingBody')}</Text>
            <Button component={Link} to="/directory" variant="outline">
              {t('directory.landingLink')}
            </Button>
          </Stack>
        </Stack>
      </Container>
    </>
  );
}

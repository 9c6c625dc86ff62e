import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { QuestionPosition } from './definition-edits';
import type { DraftProblem } from './problems';

/** What stops the draft from being published, updated as the admin edits; each line leads to its question. */
export function ProblemsPanel({
  problems,
  onGoTo,
}: {
  problems: DraftProblem[];
  onGoTo: (at: QuestionPosition | null, section: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="draft-problems-title"
      style={problems.length > 0 ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="xs">
        <Title order={2} fz="h4" id="draft-problems-title">
          {problems.length > 0
            ? t('questionnaireEditor.problems.title', { count: problems.length })
            : t('questionnaireEditor.problems.noneTitle')}
        </Title>
        {problems.length === 0 ? (
          <Text>{t('questionnaireEditor.problems.none')}</Text>
        ) : (
          <Stack component="ul" gap={6} pl="md" m={0}>
            {problems.map((problem, index) => (
              <li key={`${problem.raw}-${index}`}>
                <Text component="span">{problem.message}</Text>
                {(problem.at ?? problem.section) !== null && (
                  <>
                    {' '}
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => onGoTo(problem.at, problem.section)}
                    >
                      {problem.at
                        ? t('questionnaireEditor.problems.goToQuestion')
                        : t('questionnaireEditor.problems.goToSection')}
                    </Anchor>
                  </>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

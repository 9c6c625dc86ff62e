import type { Question, QuestionnaireDefinition } from '@essaim/domain';
import { Accordion, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PLAIN_LIST } from '../directory/OfferCard';

import { ConfirmButton } from './ConfirmButton';
import {
  addQuestion,
  addSection,
  firstQuestionNumbers,
  moveQuestion,
  moveSection,
  questionsBefore,
  removeQuestion,
  removeSection,
  updateQuestion,
  updateSection,
  type QuestionPosition,
} from './definition-edits';
import { QuestionEditor, questionLabel } from './QuestionEditor';

export const questionDomId = (at: QuestionPosition) => `question-${at.section}-${at.question}`;
export const sectionDomId = (index: number) => `section-${index}`;

/** Focus a control once React has drawn the moved item at its new place. */
function focusSoon(id: string, fallbackId?: string) {
  window.requestAnimationFrame(() => {
    const element = document.getElementById(id) as HTMLButtonElement | null;
    if (element && !element.disabled) element.focus();
    else if (fallbackId) document.getElementById(fallbackId)?.focus();
  });
}

/**
 * The sections of the draft, one open at a time, each with its questions; one question's fields
 * open at a time. Moves keep the focus on the moved item and are announced.
 */
export function SectionsEditor({
  definition,
  onChange,
  openSection,
  onOpenSection,
  openQuestion,
  onOpenQuestion,
  announce,
}: {
  definition: QuestionnaireDefinition;
  onChange: (definition: QuestionnaireDefinition) => void;
  openSection: number | null;
  onOpenSection: (index: number | null) => void;
  openQuestion: QuestionPosition | null;
  onOpenQuestion: (at: QuestionPosition | null) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { sections } = definition;
  const firsts = firstQuestionNumbers(definition);

  const onMoveSection = (index: number, delta: -1 | 1) => {
    onChange(moveSection(definition, index, delta));
    const target = index + delta;
    if (openSection === index) onOpenSection(target);
    else if (openSection === target) onOpenSection(index);
    announce(t('questionnaireEditor.section.moved', { position: target + 1, total: sections.length }));
    focusSoon(`${sectionDomId(target)}-${delta < 0 ? 'up' : 'down'}`, `${sectionDomId(target)}-down`);
  };

  const onMoveQuestion = (at: QuestionPosition, delta: -1 | 1) => {
    const { definition: next, position } = moveQuestion(definition, at, delta);
    onChange(next);
    if (position.section !== at.section) onOpenSection(position.section);
    onOpenQuestion(
      openQuestion && openQuestion.section === at.section && openQuestion.question === at.question
        ? position
        : null,
    );
    announce(
      t('questionnaireEditor.question.moved', {
        position: position.question + 1,
        section: position.section + 1,
      }),
    );
    const id = questionDomId(position);
    focusSoon(`${id}-${delta < 0 ? 'up' : 'down'}`, `${id}-${delta < 0 ? 'down' : 'up'}`);
  };

  return (
    <Stack gap="md">
      {sections.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text>{t('questionnaireEditor.section.none')}</Text>
        </Paper>
      ) : (
        <Accordion
          value={openSection === null ? null : String(openSection)}
          onChange={(value) => {
            onOpenSection(value === null ? null : Number(value));
            onOpenQuestion(null);
          }}
          variant="separated"
          order={3}
        >
          {sections.map((section, sectionIndex) => {
            const first = firsts[sectionIndex] ?? 1;
            const open = openSection === sectionIndex;
            const title = section.title.fr.trim() || t('questionnaireEditor.section.untitled');
            return (
              <Accordion.Item value={String(sectionIndex)} key={sectionIndex} id={sectionDomId(sectionIndex)}>
                <Accordion.Control>
                  <Text component="span" fw={600}>
                    {t('questionnaireEditor.section.heading', { number: sectionIndex + 1, title })}
                  </Text>{' '}
                  <Text component="span" size="sm" c="dimmed">
                    ({t('questionnaireEditor.section.questionCount', { count: section.questions.length })})
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  {open && (
                    <Stack gap="md">
                      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                        <TextInput
                          label={t('questionnaireEditor.section.titleFr')}
                          value={section.title.fr}
                          onChange={(event) =>
                            onChange(
                              updateSection(definition, sectionIndex, {
                                title: { ...section.title, fr: event.currentTarget.value },
                              }),
                            )
                          }
                        />
                        <TextInput
                          label={t('questionnaireEditor.section.titleEn')}
                          lang="en"
                          value={section.title.en}
                          onChange={(event) =>
                            onChange(
                              updateSection(definition, sectionIndex, {
                                title: { ...section.title, en: event.currentTarget.value },
                              }),
                            )
                          }
                        />
                        <TextInput
                          label={t('questionnaireEditor.section.key')}
                          value={section.key}
                          spellCheck={false}
                          autoCapitalize="off"
                          onChange={(event) =>
                            onChange(
                              updateSection(definition, sectionIndex, {
                                key: event.currentTarget.value.trim(),
                              }),
                            )
                          }
                        />
                      </SimpleGrid>
                      <Group gap={4}>
                        <Button
                          id={`${sectionDomId(sectionIndex)}-up`}
                          variant="subtle"
                          size="compact-sm"
                          disabled={sectionIndex === 0}
                          onClick={() => onMoveSection(sectionIndex, -1)}
                          aria-label={t('questionnaireEditor.section.moveUp', { title })}
                        >
                          {t('questionnaireEditor.moveUp')}
                        </Button>
                        <Button
                          id={`${sectionDomId(sectionIndex)}-down`}
                          variant="subtle"
                          size="compact-sm"
                          disabled={sectionIndex === sections.length - 1}
                          onClick={() => onMoveSection(sectionIndex, 1)}
                          aria-label={t('questionnaireEditor.section.moveDown', { title })}
                        >
                          {t('questionnaireEditor.moveDown')}
                        </Button>
                        <ConfirmButton
                          label={t('questionnaireEditor.section.delete')}
                          confirmLabel={t('questionnaireEditor.section.confirmDelete', {
                            count: section.questions.length,
                          })}
                          onConfirm={() => {
                            onChange(removeSection(definition, sectionIndex));
                            onOpenSection(null);
                            onOpenQuestion(null);
                            announce(t('questionnaireEditor.section.deleted', { title }));
                          }}
                        />
                      </Group>
                      {section.questions.length === 0 ? (
                        <Text size="sm">{t('questionnaireEditor.section.empty')}</Text>
                      ) : (
                        <Stack component="ol" gap="sm" style={PLAIN_LIST}>
                          {section.questions.map((question, questionIndex) => {
                            const at = { section: sectionIndex, question: questionIndex };
                            return (
                              <QuestionRow
                                key={questionIndex}
                                question={question}
                                number={first + questionIndex}
                                at={at}
                                isFirst={sectionIndex === 0 && questionIndex === 0}
                                isLast={
                                  sectionIndex === sections.length - 1 &&
                                  questionIndex === section.questions.length - 1
                                }
                                open={
                                  openQuestion?.section === sectionIndex &&
                                  openQuestion.question === questionIndex
                                }
                                onToggle={(opened) => onOpenQuestion(opened ? at : null)}
                                earlier={questionsBefore(definition, at)}
                                onChange={(next) =>
                                  onChange(
                                    updateQuestion(definition, sectionIndex, questionIndex, () => next),
                                  )
                                }
                                onMove={(delta) => onMoveQuestion(at, delta)}
                                onDelete={() => {
                                  onChange(removeQuestion(definition, at));
                                  onOpenQuestion(null);
                                  announce(
                                    t('questionnaireEditor.question.deleted', {
                                      label: questionLabel(question),
                                    }),
                                  );
                                }}
                              />
                            );
                          })}
                        </Stack>
                      )}
                      <Button
                        variant="outline"
                        w="fit-content"
                        onClick={() => {
                          const next = addQuestion(definition, sectionIndex, 'single_choice');
                          onChange(next);
                          const at = { section: sectionIndex, question: section.questions.length };
                          onOpenQuestion(at);
                          announce(t('questionnaireEditor.question.added'));
                          focusSoon(`${questionDomId(at)}-toggle`);
                        }}
                      >
                        {t('questionnaireEditor.question.add')}
                      </Button>
                    </Stack>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
      <Button
        variant="outline"
        w="fit-content"
        onClick={() => {
          onChange(addSection(definition));
          onOpenSection(sections.length);
          onOpenQuestion(null);
          announce(t('questionnaireEditor.section.added'));
        }}
      >
        {t('questionnaireEditor.section.add')}
      </Button>
    </Stack>
  );
}

function QuestionRow({
  question,
  number,
  at,
  isFirst,
  isLast,
  open,
  onToggle,
  earlier,
  onChange,
  onMove,
  onDelete,
}: {
  question: Question;
  number: number;
  at: QuestionPosition;
  isFirst: boolean;
  isLast: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  earlier: Question[];
  onChange: (question: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const id = questionDomId(at);
  const label = question.label.fr.trim() || t('questionnaireEditor.question.untitled');
  const name = t('questionnaireEditor.question.name', { number });
  return (
    <Paper component="li" withBorder radius="md" p="sm" id={id}>
      <Stack gap="xs">
        <Stack gap={2}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {number}. {label}
          </Text>
          <Group gap={6}>
            <Badge variant="light" bg="gray.1" c="gray.9" tt="none" fw={500}>
              {t(`questionnaireEditor.types.${question.type}`)}
            </Badge>
            {question.required && (
              <Badge variant="light" color="essaim" tt="none" fw={500}>
                {t('questionnaireEditor.question.requiredBadge')}
              </Badge>
            )}
            {question.condition && (
              <Badge variant="outline" color="gray.8" tt="none" fw={500}>
                {t('questionnaireEditor.question.conditionalBadge')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap={4}>
          <Button
            id={`${id}-toggle`}
            variant={open ? 'light' : 'subtle'}
            size="compact-sm"
            aria-expanded={open}
            aria-controls={`${id}-fields`}
            onClick={() => onToggle(!open)}
            aria-label={
              open
                ? t('questionnaireEditor.question.closeNamed', { name })
                : t('questionnaireEditor.question.editNamed', { name })
            }
          >
            {open ? t('questionnaireEditor.question.close') : t('questionnaireEditor.question.edit')}
          </Button>
          <Button
            id={`${id}-up`}
            variant="subtle"
            size="compact-sm"
            disabled={isFirst}
            onClick={() => onMove(-1)}
            aria-label={t('questionnaireEditor.question.moveUp', { name })}
          >
            {t('questionnaireEditor.moveUp')}
          </Button>
          <Button
            id={`${id}-down`}
            variant="subtle"
            size="compact-sm"
            disabled={isLast}
            onClick={() => onMove(1)}
            aria-label={t('questionnaireEditor.question.moveDown', { name })}
          >
            {t('questionnaireEditor.moveDown')}
          </Button>
          <ConfirmButton
            label={t('questionnaireEditor.delete')}
            accessibleLabel={t('questionnaireEditor.question.delete', { name })}
            confirmLabel={t('questionnaireEditor.question.confirmDelete', { name })}
            onConfirm={onDelete}
          />
        </Group>
        {open && (
          <div id={`${id}-fields`}>
            <QuestionEditor question={question} number={number} earlier={earlier} onChange={onChange} />
          </div>
        )}
      </Stack>
    </Paper>
  );
}

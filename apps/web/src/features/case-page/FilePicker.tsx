import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { ACCEPTED_FILES } from './upload-errors';

export interface FilePickerLabels {
  attach: string;
  hint: string;
  tooMany: string;
  chosen: string;
  remove: (fileName: string) => string;
}

/**
 * Files chosen to go with a text (a message, an answer to a funder): a button to add some, the
 * list with a way to remove each, and at most `max` of them (what comes beyond is refused, and said).
 * `items` are the caller's records of the files (`fileOf` reads the file of one).
 */
export function FilePicker<T>({
  items,
  fileOf,
  toItem,
  onChange,
  max,
  disabled,
  labels,
}: {
  items: T[];
  fileOf: (item: T) => File;
  toItem: (file: File) => T;
  onChange: (items: T[]) => void;
  max: number;
  disabled: boolean;
  labels: FilePickerLabels;
}) {
  const [tooMany, setTooMany] = useState(false);
  const add = (files: File[]) => {
    const all = [...items, ...files.map(toItem)];
    setTooMany(all.length > max);
    onChange(all.slice(0, max));
  };
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <FileButton onChange={add} accept={ACCEPTED_FILES} multiple>
          {(props) => (
            <Button {...props} variant="default" size="compact-md" disabled={disabled || items.length >= max}>
              {labels.attach}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {labels.hint}
        </Text>
      </Group>
      {/* Once the list is emptied (sent, or cleared), the refused files no longer matter. */}
      {tooMany && items.length > 0 && (
        <Text size="sm" c="red.9" role="alert">
          {labels.tooMany}
        </Text>
      )}
      {items.length > 0 && (
        <Stack
          gap={2}
          component="ul"
          aria-label={labels.chosen}
          style={{ margin: 0, padding: 0, listStyle: 'none' }}
        >
          {items.map((item, index) => {
            const file = fileOf(item);
            return (
              <Group component="li" key={`${file.name}-${index}`} gap={4} wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}
                </Text>
                <CloseButton
                  size="sm"
                  disabled={disabled}
                  aria-label={labels.remove(file.name)}
                  onClick={() => onChange(items.filter((_, other) => other !== index))}
                />
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

import { Group, Text } from '@mantine/core';

/** The hexagon of a honeycomb cell, and the name. Decorative mark: the name carries the meaning. */
export function Logo() {
  return (
    <Group gap={8} wrap="nowrap" component="span">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M16 2 28 9v14l-12 7-12-7V9z" fill="#f5b700" stroke="#145a44" strokeWidth="2.5" />
        <path d="M16 10.5 21 13.3v5.4L16 21.5l-5-2.8v-5.4z" fill="#145a44" />
      </svg>
      <Text component="span" fw={700} fz="xl" c="essaim.9" lh={1}>
        Essaim
      </Text>
    </Group>
  );
}

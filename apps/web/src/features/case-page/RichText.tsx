import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The markdown renderer is loaded with the first note shown, not with the page.
const Markdown = lazy(() => import('./Markdown'));

/** Markdown text; while the renderer loads, the same text as written. */
export function RichText({ children }: { children: string }) {
  return (
    <Suspense
      fallback={
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      }
    >
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}

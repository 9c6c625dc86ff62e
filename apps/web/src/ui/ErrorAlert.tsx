import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** An error announced to screen readers as soon as it appears: what went wrong, then how to fix it. */
export function ErrorAlert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {children}
    </Alert>
  );
}

import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

import { usePageTitle } from './page-title';

// The first page of a visit keeps the browser's natural focus; later pages move focus to their heading
// so that screen reader users hear where they arrived after a client-side navigation.
let hasRenderedAPage = false;

/** The page's single h1; it also names the page in the document title. */
export function PageHeading({ children, documentTitle }: { children: string; documentTitle?: string }) {
  usePageTitle(documentTitle ?? children);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasRenderedAPage) ref.current?.focus({ preventScroll: false });
    hasRenderedAPage = true;
  }, []);
  return (
    <Title order={1} ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Title>
  );
}

import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

import classes from './Markdown.module.css';

// A note's headings would break the page's outline: they read as strong paragraphs. Images are not
// loaded (a note must not fetch from elsewhere): they become a link to the image.
const strong = ({ children }: { children?: ReactNode }) => (
  <p>
    <strong>{children}</strong>
  </p>
);
const COMPONENTS: Components = {
  h1: strong,
  h2: strong,
  h3: strong,
  h4: strong,
  h5: strong,
  h6: strong,
  a: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </Anchor>
  ),
  img: ({ src, alt }) => (
    <Anchor
      href={typeof src === 'string' ? src : undefined}
      target="_blank"
      rel="noopener noreferrer nofollow"
    >
      {alt || src}
    </Anchor>
  ),
};

/**
 * Markdown written by the team, shown safely: raw HTML is dropped and unsafe link targets
 * (`javascript:`…) are removed by react-markdown's defaults. Loaded on demand (its own chunk).
 */
export default function Markdown({ children }: { children: string }) {
  return (
    <div className={classes.markdown}>
      <ReactMarkdown components={COMPONENTS} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}

import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep green (social economy) whose shades 6–9 all reach 4.5:1 on white (WCAG AA for text).
const essaim: MantineColorsTuple = [
  '#e6f4ef',
  '#c8e6da',
  '#a3d5c2',
  '#78c1a7',
  '#4fac8c',
  '#2f9674',
  '#1f8262',
  '#196c52',
  '#145a44',
  '#0e4535',
];

// Honey, for decoration and focus accents only: never as a text colour on white.
const honey: MantineColorsTuple = [
  '#fff8e1',
  '#ffefb3',
  '#ffe480',
  '#ffd84d',
  '#ffcc1f',
  '#f5b700',
  '#d99f00',
  '#b38300',
  '#8c6600',
  '#664a00',
];

export const theme = createTheme({
  primaryColor: 'essaim',
  primaryShade: { light: 7, dark: 4 },
  colors: { essaim, honey },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Links are underlined so they are not told apart by colour alone (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

// Mantine's default dimmed and error colours are below 4.5:1 on white: darken them.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});

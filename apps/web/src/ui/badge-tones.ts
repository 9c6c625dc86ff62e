import type { OrientationStatus } from '@essaim/domain';
import type { BadgeProps } from '@mantine/core';

/**
 * Light badges whose text stays readable on their pale background (WCAG AA, 4.5:1): a shaded
 * colour such as `gray.8` given to a light badge makes a dark background under dark text.
 */
export const BADGE_TONES = {
  brand: { variant: 'light', color: 'essaim' },
  info: { variant: 'light', bg: 'blue.0', c: 'blue.9' },
  warning: { variant: 'light', bg: 'honey.1', c: 'honey.9' },
  danger: { variant: 'light', bg: 'red.0', c: 'red.9' },
  muted: { variant: 'light', bg: 'gray.1', c: 'gray.9' },
} as const satisfies Record<string, BadgeProps>;

export const ORIENTATION_TONES: Record<OrientationStatus, keyof typeof BADGE_TONES> = {
  proposed: 'warning',
  accepted: 'brand',
  declined: 'danger',
  completed: 'muted',
};

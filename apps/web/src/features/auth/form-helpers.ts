import type { RefObject } from 'react';

/** A light check for obvious typos; the API has the final word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Where to go after logging in: only a path inside this site, never another origin. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/app';
  return next;
}

/** Moves focus to the first field with an error, in the form's order. */
export function focusFirstInvalid<F extends string>(
  order: readonly F[],
  errors: Partial<Record<F, string>>,
  refs: Partial<Record<F, RefObject<HTMLElement | null>>>,
): void {
  const first = order.find((field) => errors[field] !== undefined);
  if (first !== undefined) refs[first]?.current?.focus();
}

export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

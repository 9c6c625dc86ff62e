/** Length is counted in Unicode code points, so "é" or an emoji counts once. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/**
 * Checks a candidate password. `isCommon` is injected so this stays free of the large
 * dictionary (the API passes one backed by a list of leaked passwords).
 */
export function checkPassword(
  password: string,
  options: { email?: string; isCommon?: (candidate: string) => boolean } = {},
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.normalize('NFC').toLowerCase();
  const localPart = options.email?.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lowered.includes(localPart)) return 'contains_email';
  if (options.isCommon?.(lowered)) return 'too_common';
  return null;
}

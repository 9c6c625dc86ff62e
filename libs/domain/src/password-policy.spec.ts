import { checkPassword, passwordLength, PASSWORD_MAX_LENGTH } from './password-policy';

describe('password policy', () => {
  it('refuses a password shorter than 12 characters', () => {
    expect(checkPassword('Court-123')).toBe('too_short');
  });

  it('counts accented letters and emoji as one character each', () => {
    expect(passwordLength('été🐝')).toBe(4);
    expect(checkPassword('ééééééééééé🐝')).toBeNull();
  });

  it('accepts a long passphrase of 128 characters and refuses one past the maximum', () => {
    expect(checkPassword('a-b'.repeat(43).slice(0, 128))).toBeNull();
    expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('too_long');
  });

  it('refuses a password that contains the email local part', () => {
    expect(checkPassword('camille.durand-2026!', { email: 'Camille.Durand@example.org' })).toBe(
      'contains_email',
    );
  });

  it('refuses what the injected dictionary calls common, compared in lower case', () => {
    const isCommon = (candidate: string) => candidate === 'motdepasse123';
    expect(checkPassword('MotDePasse123', { isCommon })).toBe('too_common');
  });
});

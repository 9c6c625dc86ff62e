import { PasswordsService } from './passwords.service';

describe('PasswordsService', () => {
  const passwords = new PasswordsService();

  it.each(['password1234', 'Azertyuiop!!', '123456789012', '!!!!!!!!!!!!', 'motdepasse2026', 'qwerty123456'])(
    'refuses the common password %s',
    (candidate) => {
      expect(passwords.problemWith(candidate)).toBe('too_common');
    },
  );

  it.each([
    'Les abeilles butinent à Nantes',
    'ééééééééé-ü-🐝',
    '蜂群は協同組合を作る12',
    'correct horse battery staple',
  ])('accepts the uncommon password %s', (candidate) => {
    expect(passwords.problemWith(candidate)).toBeNull();
  });

  it('hashes with argon2id and verifies the same password in another Unicode normal form', async () => {
    const hash = await passwords.hash('Café crème au comptoir');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await passwords.verify(hash, 'Cafe\u0301 cre\u0300me au comptoir')).toBe(true);
    expect(await passwords.verify(hash, 'Café crème au zinc')).toBe(false);
  });

  it('answers false for an account without a password', async () => {
    expect(await passwords.verify(null, 'anything at all here')).toBe(false);
  });
});

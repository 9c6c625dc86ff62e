import { Injectable } from '@nestjs/common';
import { checkPassword, type PasswordProblem } from '@essaim/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { AppError } from '../common/app-error';

/** Passwords people pick in French that the (mostly English) leaked list misses. */
const FRENCH_COMMON = [
  'motdepasse',
  'azerty',
  'azertyuiop',
  'soleil',
  'bonjour',
  'doudou',
  'chouchou',
  'loulou',
  'marseille',
  'nantes',
  'angers',
  'lemans',
  'bretagne',
  'jetaime',
  'coucou',
  'essaim',
];

const PASSWORD_MESSAGES = {
  too_short: 'password must be at least 12 characters long',
  too_long: 'password is too long',
  too_common: 'password is too common: choose a longer phrase that is yours',
  contains_email: 'password must not contain your email address',
} as const;

/** argon2id with OWASP's memory-hard parameters (19 MiB, 2 passes). */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordsService {
  private readonly common = new Set([...dictionary['passwords-common'], ...FRENCH_COMMON]);
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoy = argon2.hash('decoy password that matches nothing', HASH_OPTIONS);

  problemWith(password: string, email?: string): PasswordProblem | null {
    return checkPassword(password, { email, isCommon: (candidate) => this.isCommon(candidate) });
  }

  /** A 400 naming `password` when the policy refuses it. */
  assertAcceptable(password: string, email: string): void {
    const problem = this.problemWith(password, email);
    if (problem) throw AppError.invalidField('password', problem, PASSWORD_MESSAGES[problem]);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), HASH_OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password.normalize('NFC')).catch(() => false);
  }

  /**
   * A leaked password, a leaked word wrapped in digits and signs, one character repeated, or
   * digits and punctuation alone.
   */
  private isCommon(lowered: string): boolean {
    const core = lowered.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
    return (
      this.common.has(lowered) ||
      this.common.has(core) ||
      /^(.)\1*$/u.test(lowered) ||
      /^[\p{N}\p{P}\s]*$/u.test(lowered)
    );
  }
}

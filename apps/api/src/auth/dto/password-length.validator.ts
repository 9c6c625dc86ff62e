import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@essaim/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The password's length, counted as the domain counts it (Unicode characters), checked with
 * the other fields so that one answer names every field at fault. The rest of the policy
 * (common passwords, the email inside) needs the dictionary and is checked by the service.
 * The rule names are the reasons the API reports: `too_short`, `too_long`.
 */
export function IsPasswordLength(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    const rule = (name: string, valid: (length: number) => boolean, message: string) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message, ...options },
        validator: {
          validate: (value: unknown) => typeof value !== 'string' || valid(passwordLength(value)),
        },
      });
    rule(
      'too_short',
      (length) => length >= PASSWORD_MIN_LENGTH,
      `password must be at least ${PASSWORD_MIN_LENGTH} characters long`,
    );
    rule(
      'too_long',
      (length) => length <= PASSWORD_MAX_LENGTH,
      `password must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    );
  };
}

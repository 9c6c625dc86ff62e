import { ValidationError } from 'class-validator';
import { toErrorDetails } from './validation';

function error(
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('toErrorDetails', () => {
  it('gives one entry per field and broken rule', () => {
    expect(
      toErrorDetails([error('email', { isEmail: 'email must be an email', maxLength: 'too long' })]),
    ).toEqual([
      { field: 'email', reason: 'isEmail', message: 'email must be an email' },
      { field: 'email', reason: 'maxLength', message: 'too long' },
    ]);
  });

  it('names nested fields with a dotted path', () => {
    const nested = error('address', {}, [error('postcode', { matches: 'postcode must be 5 digits' })]);
    expect(toErrorDetails([nested])).toEqual([
      { field: 'address.postcode', reason: 'matches', message: 'postcode must be 5 digits' },
    ]);
  });

  it('calls a field the API does not know an unknown field', () => {
    expect(
      toErrorDetails([error('isAdmin', { whitelistValidation: 'property isAdmin should not exist' })])[0]
        ?.reason,
    ).toBe('unknown_field');
  });
});

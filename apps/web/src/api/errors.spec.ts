import { ApiError, parseRetryAfter, toApiError } from '@essaim/api-client';

import i18n from '../i18n/i18n';

import { errorMessage, fieldErrors } from './errors';

const t = i18n.getFixedT('fr');

describe('API errors shown to people', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('90')).toBe(90);
    expect(
      parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 12, 2)).toUTCString(), Date.UTC(2026, 0, 1, 12, 0)),
    ).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('keeps the stable code, the details and the request id of the error body', () => {
    const response = new Response(null, { status: 400, headers: { 'retry-after': '5' } });
    const error = toApiError(response, {
      statusCode: 400,
      error: 'validation_failed',
      message: 'Bad input',
      details: [{ field: 'email', reason: 'isEmail', message: 'email must be an email' }],
      requestId: 'req-1',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.requestId, error.retryAfter]).toEqual([
      400,
      'validation_failed',
      'req-1',
      5,
    ]);
    expect(error.detailFor('email')?.reason).toBe('isEmail');
  });

  it('falls back on the status when the body is not the API error shape (a proxy page)', () => {
    const error = toApiError(new Response(null, { status: 502 }), '<html>Bad gateway</html>');
    expect(error.code).toBe('internal_error');
    expect(errorMessage(t, error)).toBe(
      'Une erreur est survenue de notre côté. Réessayez dans quelques instants.',
    );
  });

  it('says how long to wait, in minutes rounded up', () => {
    const error = new ApiError({
      status: 429,
      code: 'too_many_requests',
      message: 'slow down',
      retryAfter: 61,
    });
    expect(errorMessage(t, error)).toBe('Trop de tentatives. Attendez 2 minutes avant de réessayer.');
  });

  it('gives the request id to quote when the server failed', () => {
    const error = new ApiError({ status: 500, code: 'internal_error', message: 'boom', requestId: 'req-42' });
    expect(errorMessage(t, error)).toContain('req-42');
  });

  it('maps field details to the fields of the form, in plain French', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'invalid',
      details: [
        { field: 'email', reason: 'isEmail', message: 'email must be an email' },
        { field: 'firstName', reason: 'isNotEmpty', message: 'firstName should not be empty' },
        { field: 'unknownField', reason: 'whatever', message: '…' },
      ],
    });
    expect(fieldErrors(t, error, ['email', 'firstName', 'password'] as const)).toEqual({
      email: "Cette adresse e-mail n'est pas valide. Vérifiez-la, par exemple : prenom.nom@exemple.fr.",
      firstName: 'Indiquez votre prénom.',
    });
  });
});

import { ApiException } from '../common/api.exception';

export type AuthErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'KEY_NOT_FOUND';

export class AuthException extends ApiException<AuthErrorCode> {
  static missingKey(): AuthException {
    return new AuthException('UNAUTHORIZED', {
      nl: 'Deze actie vraagt een API-sleutel: Authorization: Bearer <sleutel>.',
      en: 'This action needs an API key: Authorization: Bearer <key>.',
    });
  }

  static invalidKey(): AuthException {
    return new AuthException('UNAUTHORIZED', {
      nl: 'De API-sleutel is onbekend of ingetrokken.',
      en: 'The API key is unknown or revoked.',
    });
  }

  static forbidden(required: string, actual: string): AuthException {
    return new AuthException('FORBIDDEN', {
      nl: `Deze actie vraagt de rol ${required}; deze sleutel heeft de rol ${actual}.`,
      en: `This action needs the role ${required}; this key has the role ${actual}.`,
    });
  }

  static keyNotFound(prefix: string): AuthException {
    return new AuthException('KEY_NOT_FOUND', {
      nl: `Er is geen actieve sleutel met prefix "${prefix}".`,
      en: `There is no active key with prefix "${prefix}".`,
    });
  }
}

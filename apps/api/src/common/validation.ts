import { ValidationError, ValidationPipe } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { LocalizedText } from '@koers/indicators';
import { ValidationException } from './validation.exception';

/**
 * A class-validator message in both languages. class-validator knows no language, so both texts travel as JSON
 * and the exception factory below turns them back into a {@link LocalizedText}.
 */
export function reason(nl: string, en: string): string {
  return JSON.stringify({ nl, en });
}

/** `@IsIn` whose reason names every allowed value. */
export function IsOneOf(values: readonly string[]): PropertyDecorator {
  const list = values.join(', ');
  return IsIn(values, { message: reason(`moet een van ${list} zijn`, `must be one of ${list}`) });
}

function decodeReason(message: string): LocalizedText {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed === 'object' && parsed !== null && 'nl' in parsed && 'en' in parsed) {
      const { nl, en } = parsed as { nl: unknown; en: unknown };
      if (typeof nl === 'string' && typeof en === 'string') return { nl, en };
    }
  } catch {
    // a message of class-validator itself: English only
  }
  return { nl: message, en: message };
}

const UNKNOWN_PARAMETER: LocalizedText = { nl: 'onbekende parameter', en: 'unknown parameter' };

function firstError(errors: readonly ValidationError[], path: string[] = []): { path: string[]; error: ValidationError } | null {
  for (const error of errors) {
    const here = [...path, error.property];
    if (error.constraints && Object.keys(error.constraints).length > 0) return { path: here, error };
    const nested = firstError(error.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/** The first refused parameter, named with why. */
export function validationExceptionFactory(errors: ValidationError[]): ValidationException {
  const found = firstError(errors);
  if (!found) return new ValidationException('?', { nl: 'ongeldige invoer', en: 'invalid input' });
  const constraints = found.error.constraints ?? {};
  const key = Object.keys(constraints)[0]!;
  const why = key === 'whitelistValidation' ? UNKNOWN_PARAMETER : decodeReason(constraints[key]!);
  return new ValidationException(found.path.join('.'), why);
}

/** The global pipe: every query, path and body parameter is declared in a DTO; anything else is refused. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: validationExceptionFactory,
  });
}

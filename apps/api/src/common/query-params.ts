import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { reason } from './validation';

/** The years the API answers about (`from`, `to`, the year of a `period`). */
export const SERVED_YEARS = { min: 1900, max: 2100 } as const;

const DECIMAL_INTEGER = /^-?(0|[1-9][0-9]{0,14})$/;

/**
 * A whole number as a query or path text has it, written the one way (`2024`, not `0x7E8`, `2.024e3`, `02024` or
 * ` 2024`); any other text is left as it is, for the validators after it to refuse.
 */
export function decimalIntegerOf(value: unknown): unknown {
  return typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value;
}

/** Reads a whole-number parameter through {@link decimalIntegerOf}; put `@IsInt` and its range after it. */
export function DecimalInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => decimalIntegerOf(value));
}

/** An optional year between 1900 and 2100 (`from`, `to`). */
export function OptionalYear(description: string): PropertyDecorator {
  const message = reason(
    `moet een jaartal tussen ${SERVED_YEARS.min} en ${SERVED_YEARS.max} zijn`,
    `must be a year between ${SERVED_YEARS.min} and ${SERVED_YEARS.max}`,
  );
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', example: 2019, minimum: SERVED_YEARS.min, maximum: SERVED_YEARS.max, description }),
    IsOptional(),
    DecimalInteger(),
    IsInt({ message }),
    Min(SERVED_YEARS.min, { message }),
    Max(SERVED_YEARS.max, { message }),
  );
}

/** An optional page size. */
export function OptionalLimit(max: number, fallback: number): PropertyDecorator {
  const message = reason(`moet een geheel getal van 1 tot en met ${max} zijn`, `must be a whole number from 1 to ${max}`);
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', default: fallback, minimum: 1, maximum: max, description: 'Rijen per pagina / rows per page' }),
    IsOptional(),
    DecimalInteger(),
    IsInt({ message }),
    Min(1, { message }),
    Max(max, { message }),
  );
}

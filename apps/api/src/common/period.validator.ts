import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { annualPeriod, tryParsePeriod } from '@koers/indicators';
import { IsOptional, ValidateBy } from 'class-validator';
import { SERVED_YEARS } from './query-params';
import { reason } from './validation';

const YEAR = /^\d{4}$/;

/** The CBS period code a `period` parameter means: `2024` is the year `2024JJ00`; a code is itself. Null if neither. */
export function periodCodeOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = YEAR.test(value) ? annualPeriod(Number(value)) : value;
  // The one period parser; it trims, so a code with spaces around it is refused by the comparison.
  const period = tryParsePeriod(code);
  if (period === null || period.code !== code || period.kind === 'day') return null;
  return period.year >= SERVED_YEARS.min && period.year <= SERVED_YEARS.max ? code : null;
}

const PERIOD_REASON = reason(
  `moet een jaar (2024) of CBS-periodecode (2024JJ00, 2024KW01, 2024MM12) van ${SERVED_YEARS.min} tot en met ${SERVED_YEARS.max} zijn`,
  `must be a year (2024) or CBS period code (2024JJ00, 2024KW01, 2024MM12) from ${SERVED_YEARS.min} to ${SERVED_YEARS.max}`,
);

/** An optional period: a year or a CBS period code that exists (no month 13, no quarter 5), in the served years. */
export function OptionalPeriod(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, example: '2024', description }),
    IsOptional(),
    ValidateBy({ name: 'isPeriod', validator: { validate: (value: unknown) => periodCodeOf(value) !== null } }, { message: PERIOD_REASON }),
  );
}

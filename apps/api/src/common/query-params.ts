import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { reason } from './validation';

/** A CBS region code, trimmed: `NL01`, `PV22`, `GM0106`, `WK010600`, `BU01060000`; unanchored, for lists of them. */
export const REGION_CODE_PATTERN = '[A-Z]{2}[0-9A-Z]{2,14}';

/** One CBS region code. */
export const REGION_CODE = new RegExp(`^${REGION_CODE_PATTERN}$`);

/** An optional year between 1900 and 2100 (`from`, `to`). */
export function OptionalYear(description: string): PropertyDecorator {
  const message = reason('moet een jaartal tussen 1900 en 2100 zijn', 'must be a year between 1900 and 2100');
  return applyDecorators(
    ApiPropertyOptional({ type: Number, example: 2019, description }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message }),
    Min(1900, { message }),
    Max(2100, { message }),
  );
}

/** An optional CBS region code. */
export function OptionalRegionCode(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: 'GM0106', description }),
    IsOptional(),
    MaxLength(16, { message: reason('is langer dan 16 tekens', 'is longer than 16 characters') }),
    Matches(REGION_CODE, { message: reason('is geen CBS-regiocode zoals GM0106 of WK010600', 'is not a CBS region code such as GM0106 or WK010600') }),
  );
}

/** An optional page size. */
export function OptionalLimit(max: number, fallback: number): PropertyDecorator {
  const message = reason(`moet een geheel getal van 1 tot en met ${max} zijn`, `must be a whole number from 1 to ${max}`);
  return applyDecorators(
    ApiPropertyOptional({ type: Number, default: fallback, maximum: max, description: 'Rijen per pagina / rows per page' }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message }),
    Min(1, { message }),
    Max(max, { message }),
  );
}

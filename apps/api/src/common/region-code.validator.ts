import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { reason } from './validation';

/** A CBS region code, trimmed: `NL01`, `PV22`, `GM0106`, `WK010600`, `BU01060000` (16 characters at most). */
const CODE = '[A-Z]{2}[0-9A-Z]{2,14}';

const ONE = new RegExp(`^${CODE}$`);
const ONE_REASON = reason('is geen CBS-regiocode zoals GM0106 of WK010600', 'is not a CBS region code such as GM0106 or WK010600');

/** `/:code` of a region. */
export function RegionCodePathParameter(): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: String, pattern: ONE.source, example: 'GM0106' }), Matches(ONE, { message: ONE_REASON }));
}

/** An optional CBS region code. */
export function OptionalRegionCode(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, pattern: ONE.source, example: 'GM0106', description }),
    IsOptional(),
    Matches(ONE, { message: ONE_REASON }),
  );
}

/** An optional comma-separated list of up to `max` CBS region codes. */
export function OptionalRegionCodes(description: string, max: number): PropertyDecorator {
  const list = new RegExp(`^${CODE}(,${CODE}){0,${max - 1}}$`);
  return applyDecorators(
    ApiPropertyOptional({ type: String, pattern: list.source, example: 'GM0106,PV22', description }),
    IsOptional(),
    Matches(list, {
      message: reason(
        `moet een tot ${max} CBS-regiocodes zijn, komma-gescheiden`,
        `must be one to ${max} CBS region codes, comma-separated`,
      ),
    }),
  );
}

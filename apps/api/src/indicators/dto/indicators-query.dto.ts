import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AMBITION_IDS, type AmbitionId, type Level } from '@koers/indicators';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { OptionalCalendarDate } from '../../common/calendar-date.validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalPeriod } from '../../common/period.validator';
import { OptionalYear } from '../../common/query-params';
import { OptionalRegionCode } from '../../common/region-code.validator';
import { IsOneOf, reason } from '../../common/validation';

const LEVELS: readonly Level[] = ['gemeente', 'wijk', 'buurt'];
const COMPARISON_LEVELS = ['wijk', 'buurt', 'peer'] as const;

export class IndicatorsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ enum: AMBITION_IDS })
  @IsOptional()
  @IsOneOf(AMBITION_IDS)
  ambition?: AmbitionId;

  @ApiPropertyOptional({ enum: LEVELS, description: 'Alleen indicatoren op dit niveau / only indicators at this level' })
  @IsOptional()
  @IsIn(LEVELS, { message: reason('moet gemeente, wijk of buurt zijn', 'must be gemeente, wijk or buurt') })
  level?: Level;
}

export class IndicatorIdParams {
  @ApiProperty({ example: 'population-total' })
  @MaxLength(80, { message: reason('is langer dan 80 tekens', 'is longer than 80 characters') })
  id!: string;
}

export class IndicatorDetailQueryDto extends LangQueryDto {
  @OptionalRegionCode('Regio; standaard de gemeente (of de hoofdregio van de indicator) / region; the municipality by default')
  region?: string;

  @OptionalYear('Eerste jaar van de reeks / first year of the series')
  from?: number;

  @OptionalYear('Laatste jaar van de reeks / last year of the series')
  to?: number;

  @OptionalCalendarDate(
    'De cijfers zoals gepubliceerd op die datum (niet in de toekomst); standaard zoals nu / the figures as published on that date (not in the future); as published now by default',
  )
  asOf?: string;
}

export class IndicatorRegionsQueryDto extends LangQueryDto {
  @ApiProperty({ enum: COMPARISON_LEVELS })
  @IsIn(COMPARISON_LEVELS, { message: reason('moet wijk, buurt of peer zijn', 'must be wijk, buurt or peer') })
  level!: (typeof COMPARISON_LEVELS)[number];

  @OptionalPeriod('Jaar (2024) of CBS-periodecode (2024JJ00); standaard de nieuwste / year or CBS period code; the newest by default')
  period?: string;
}

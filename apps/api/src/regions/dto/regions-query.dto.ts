import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_LEVELS, type RegionLevel } from '@koers/db';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalRegionCode, REGION_CODE } from '../../common/query-params';
import { IsOneOf, reason } from '../../common/validation';

export class RegionsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsOneOf(REGION_LEVELS)
  level?: RegionLevel;

  @OptionalRegionCode('Alleen de regio’s onder deze regio / only the regions below this one')
  parent?: string;
}

export class RegionCodeParams {
  @ApiProperty({ example: 'GM0106' })
  @MaxLength(16, { message: reason('is langer dan 16 tekens', 'is longer than 16 characters') })
  @Matches(REGION_CODE, { message: reason('is geen CBS-regiocode zoals GM0106 of WK010600', 'is not a CBS region code such as GM0106 or WK010600') })
  code!: string;
}

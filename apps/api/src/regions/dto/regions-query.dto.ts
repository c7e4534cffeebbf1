import { ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_LEVELS, type RegionLevel } from '@koers/db';
import { IsOptional } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalRegionCode, RegionCodePathParameter } from '../../common/region-code.validator';
import { IsOneOf } from '../../common/validation';

export class RegionsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsOneOf(REGION_LEVELS)
  level?: RegionLevel;

  @OptionalRegionCode('Alleen de regio’s onder deze regio / only the regions below this one')
  parent?: string;
}

export class RegionCodeParams {
  @RegionCodePathParameter()
  code!: string;
}

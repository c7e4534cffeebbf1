import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalRegionCode } from '../../common/region-code.validator';
import { reason } from '../../common/validation';

export class AmbitionsQueryDto extends LangQueryDto {
  @OptionalRegionCode(
    'Regio voor alle indicatoren; standaard de hoofdregio van elke indicator / region for every indicator; by default each one’s headline region',
  )
  region?: string;
}

export class AmbitionIdParams {
  @ApiProperty({ example: 'generaties' })
  @MaxLength(40, { message: reason('is langer dan 40 tekens', 'is longer than 40 characters') })
  id!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { reason } from '../../common/validation';
import { CSV_DIALECTS, type CsvDialect } from '../../tabular/tabular.types';

export class DownloadQueryDto extends LangQueryDto {
  @ApiPropertyOptional({
    enum: CSV_DIALECTS,
    default: 'international',
    description: 'CSV: international (, en .) of nl (Excel: ; decimale komma, BOM); nl is ook <…>-nl.csv',
  })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: reason('moet international of nl zijn', 'must be international or nl') })
  dialect?: CsvDialect;
}

export class DownloadFileParams {
  @ApiProperty({ example: 'indicators.csv', description: '<indicators|observations>.<csv|json|arrow|parquet>, of <…>-nl.csv' })
  @Matches(/^[a-z]{1,20}(-nl)?\.[a-z]{1,10}$/, {
    message: reason('is geen bestandsnaam zoals indicators.csv', 'is not a file name such as indicators.csv'),
  })
  file!: string;
}

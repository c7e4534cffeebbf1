import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MUNICIPAL_KINDS } from '@koers/municipal-files';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { reason } from '../../common/validation';

const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

export class UploadQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Alleen controleren, niets opslaan / only check, store nothing' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value in BOOLEAN_TEXT ? BOOLEAN_TEXT[value] : value))
  @IsBoolean({ message: reason('moet true of false zijn', 'must be true or false') })
  dryRun?: boolean;
}

export class UploadKindParams {
  @ApiProperty({ enum: MUNICIPAL_KINDS })
  @Matches(/^[a-z-]{1,40}$/, { message: reason('is geen bestandssoort zoals vacancy', 'is not a file kind such as vacancy') })
  kind!: string;
}

export class TemplateParams {
  @ApiProperty({ example: 'vacancy.xlsx', description: '<soort>.csv of <soort>.xlsx / <kind>.csv or <kind>.xlsx' })
  @Matches(/^[a-z-]{1,40}\.[a-z]{1,5}$/, { message: reason('is geen sjabloonnaam zoals vacancy.xlsx', 'is not a template name such as vacancy.xlsx') })
  file!: string;
}

export const UPLOADS_LIMIT_DEFAULT = 50;

export class UploadsListQueryDto extends LangQueryDto {
  @OptionalLimit(500, UPLOADS_LIMIT_DEFAULT)
  limit?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { reason } from '../../common/validation';
import { SPECIFIED_UPLOAD_KINDS } from '@koers/indicators';

/** An uploaded file's id as text (a bigint); larger ids than any stored simply are not found. */
const UPLOAD_ID = /^[1-9][0-9]{0,17}$/;
const UPLOAD_ID_REASON = reason('moet het id van een geüpload bestand zijn, bv. 12', 'must be the id of an uploaded file, e.g. 12');
const REASON_TEXT = reason('moet een tekst van 3 tot 500 tekens zijn', 'must be a text of 3 to 500 characters');

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

export class UploadQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Alleen controleren, niets opslaan / only check, store nothing' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value in BOOLEAN_TEXT ? BOOLEAN_TEXT[value] : value))
  @IsBoolean({ message: reason('moet true of false zijn', 'must be true or false') })
  dryRun?: boolean;

  @ApiPropertyOptional({
    type: String,
    example: '12',
    description:
      'Nieuwe versie van dit geüploade bestand (zelfde soort): dat wordt ingetrokken zodra dit bestand is geladen / a new version of this uploaded file (same kind): it is withdrawn once this file is loaded',
  })
  @IsOptional()
  @Matches(UPLOAD_ID, { message: UPLOAD_ID_REASON })
  replaces?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 500,
    description: 'Met replaces: waarom (standaard "vervangen door <bestand>") / with replaces: why',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: REASON_TEXT })
  @Length(3, 500, { message: REASON_TEXT })
  reason?: string;
}

/** `POST /uploads/files/{id}/withdraw`: why the file is taken back (kept with who and when). */
export class WithdrawUploadDto {
  @ApiProperty({ type: String, minLength: 3, maxLength: 500, example: 'Verkeerde peildatum; de gemeente levert een nieuw bestand.' })
  @Transform(trimmed)
  @IsString({ message: REASON_TEXT })
  @Length(3, 500, { message: REASON_TEXT })
  reason!: string;
}

export class UploadKindParams {
  @ApiProperty({ enum: SPECIFIED_UPLOAD_KINDS })
  @Matches(/^[a-z-]{1,40}$/, { message: reason('is geen bestandssoort zoals vacancy', 'is not a file kind such as vacancy') })
  kind!: string;
}

export class TemplateParams {
  @ApiProperty({ example: 'vacancy.xlsx', description: '<soort>.csv of <soort>.xlsx / <kind>.csv or <kind>.xlsx' })
  @Matches(/^[a-z-]{1,40}\.[a-z]{1,5}$/, {
    message: reason('is geen sjabloonnaam zoals vacancy.xlsx', 'is not a template name such as vacancy.xlsx'),
  })
  file!: string;
}

export const UPLOADS_LIMIT_DEFAULT = 50;

export class UploadsListQueryDto extends LangQueryDto {
  @OptionalLimit(500, UPLOADS_LIMIT_DEFAULT)
  limit?: number;
}

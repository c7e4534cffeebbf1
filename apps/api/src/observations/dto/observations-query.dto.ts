import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit, OptionalYear, REGION_CODE_PATTERN } from '../../common/query-params';
import { reason } from '../../common/validation';
import { CSV_DIALECTS, type CsvDialect, TABULAR_FORMATS, type TabularFormat } from '../../tabular/tabular.types';

export const PAGE_LIMIT_MAX = 10_000;
export const PAGE_LIMIT_DEFAULT = 1_000;

/** Query of the raw observations: filters, `asOf`, pagination and the file format. */
export class ObservationsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ example: '03759ned', description: 'Brontabel / source table id' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: reason('is geen tabel-id zoals 03759ned', 'is not a table id such as 03759ned') })
  table?: string;

  @ApiPropertyOptional({ example: 'population_total', description: 'Maatnaam of bronsleutel / measure name or source key' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,80}$/, { message: reason('is geen maatnaam of bronsleutel', 'is not a measure name or source key') })
  measure?: string;

  @ApiPropertyOptional({ example: 'GM0106,PV22', description: 'Regiocode(s), komma-gescheiden (max 100) / region code(s), comma-separated' })
  @IsOptional()
  @Matches(new RegExp(`^${REGION_CODE_PATTERN}(,${REGION_CODE_PATTERN}){0,99}$`), { message: reason('moet een of meer CBS-regiocodes zijn, komma-gescheiden', 'must be one or more CBS region codes, comma-separated') })
  region?: string;

  @OptionalYear('Vanaf dit jaar (begin van de periode) / from this year (period start)')
  from?: number;

  @OptionalYear('Tot en met dit jaar / up to and including this year')
  to?: number;

  @ApiPropertyOptional({ example: '2025-06-01', description: 'De cijfers zoals gepubliceerd op die datum / the figures as published on that date' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: reason('moet een datum JJJJ-MM-DD zijn', 'must be a date YYYY-MM-DD') })
  asOf?: string;

  @ApiPropertyOptional({ enum: TABULAR_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(TABULAR_FORMATS, { message: reason('moet csv, json, arrow of parquet zijn', 'must be csv, json, arrow or parquet') })
  format?: TabularFormat;

  @ApiPropertyOptional({ enum: CSV_DIALECTS, default: 'international', description: 'CSV: international (, en .) of nl (Excel: ; decimale komma, BOM)' })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: reason('moet international of nl zijn', 'must be international or nl') })
  dialect?: CsvDialect;

  @ApiPropertyOptional({ description: 'page.nextCursor van de vorige pagina / of the previous page' })
  @IsOptional()
  @MaxLength(200, { message: reason('is te lang', 'is too long') })
  cursor?: string;

  @OptionalLimit(PAGE_LIMIT_MAX, PAGE_LIMIT_DEFAULT)
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { OptionalCalendarDate } from '../../common/calendar-date.validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit, OptionalYear } from '../../common/query-params';
import { OptionalRegionCodes } from '../../common/region-code.validator';
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

  @OptionalRegionCodes('Regiocode(s), komma-gescheiden (max 100) / region code(s), comma-separated', 100)
  region?: string;

  @OptionalYear('Vanaf dit jaar (begin van de periode) / from this year (period start)')
  from?: number;

  @OptionalYear('Tot en met dit jaar / up to and including this year')
  to?: number;

  @OptionalCalendarDate('De cijfers zoals gepubliceerd op die datum / the figures as published on that date')
  asOf?: string;

  @ApiPropertyOptional({ enum: TABULAR_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(TABULAR_FORMATS, { message: reason('moet csv, json, arrow of parquet zijn', 'must be csv, json, arrow or parquet') })
  format?: TabularFormat;

  @ApiPropertyOptional({
    enum: CSV_DIALECTS,
    default: 'international',
    description: 'CSV: international (, en .) of nl (Excel: ; decimale komma, BOM)',
  })
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

import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHART_DATA_FORMATS, type ChartDataFormat } from '@koers/api-contracts';
import { IsOptional } from 'class-validator';
import { OptionalRegionCodes } from '../../common/region-code.validator';
import { IsOneOf } from '../../common/validation';
import { IndicatorDetailQueryDto } from '../../indicators/dto/indicators-query.dto';

/** The most regions a chart shows beside its own (the peers and benchmarks of Koers are six). */
export const MAX_COMPARED = 20;

/** The view of an indicator chart (region, years, `asOf`, the regions beside it) and the file to make of it. */
export class ChartDataQueryDto extends IndicatorDetailQueryDto {
  @ApiPropertyOptional({
    enum: CHART_DATA_FORMATS,
    default: 'csv',
    description:
      'csv (de cijfers), xlsx (Excel) of zip (cijfers, metadata.json en README.md) / csv (the figures), xlsx (Excel) or zip (figures, metadata.json and README.md)',
  })
  @IsOptional()
  @IsOneOf(CHART_DATA_FORMATS)
  format?: ChartDataFormat;

  @OptionalRegionCodes(
    'De regio’s naast de eigen reeks, komma-gescheiden (uit de comparisons van GET /indicators/{id}); standaard geen / the regions beside the own series, comma-separated (from the comparisons of GET /indicators/{id}); none by default',
    MAX_COMPARED,
  )
  peers?: string;
}

import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IndicatorIdParams } from '../indicators/dto/indicators-query.dto';
import { AnswersFile, Fails } from '../openapi/documented.decorators';
import { CHART_DATA_MEDIA_TYPES } from './chart-data-files.format';
import { ChartDataService } from './chart-data.service';
import { ChartDataQueryDto } from './dto/chart-data-query.dto';

const MEDIA_TYPES = Object.values(CHART_DATA_MEDIA_TYPES).map((type) => type.split(';')[0]!);

@ApiTags('indicators')
@Controller('indicators')
export class ChartDataController {
  constructor(private readonly chartData: ChartDataService) {}

  @Get(':id/chart-data')
  @ApiOperation({
    summary: 'De cijfers van een grafiek als CSV, Excel of zip-bundel / the figures of a chart as CSV, Excel or a zip bundle',
    description:
      'De reeks van de regio, de gekozen vergelijkingsregio’s en het doelpad, per jaar, afgerond zoals de grafiek ze toont. ' +
      'De zip bevat ook metadata.json (ChartDataMetadata) en README.md. / The series of the region, the chosen comparison regions ' +
      'and the target path, per year, rounded as the chart shows them. The zip also holds metadata.json (ChartDataMetadata) and README.md.',
  })
  @ApiProduces(...MEDIA_TYPES)
  @AnswersFile('Het bestand, als bijlage / the file, as an attachment (Content-Disposition)', MEDIA_TYPES)
  @Fails('INDICATOR_NOT_FOUND', 'REGION_NOT_FOUND')
  async file(@Param() params: IndicatorIdParams, @Query() query: ChartDataQueryDto, @Res() response: Response): Promise<void> {
    const file = await this.chartData.file(params.id, query);
    response.status(200);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    // Made per request (metadata.json says when), so never served from a cache.
    response.setHeader('Cache-Control', 'no-store');
    response.end(Buffer.from(file.body));
  }
}

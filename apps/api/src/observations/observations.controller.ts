import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { answeredNotModified, sendPrebuilt } from '../cache/conditional-response';
import { ResponseCacheService } from '../cache/response-cache.service';
import { sendTabular } from '../tabular/tabular-response';
import { MEDIA_TYPES } from '../tabular/tabular.types';
import { ObservationsQueryDto, PAGE_LIMIT_DEFAULT } from './dto/observations-query.dto';
import { ObservationsService } from './observations.service';
import { Answers, Fails, Conditional } from '../openapi/documented.decorators';

@ApiTags('observations')
@Controller('observations')
export class ObservationsController {
  constructor(
    private readonly observations: ObservationsService,
    private readonly cache: ResponseCacheService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Ruwe waarnemingen, nu of zoals gepubliceerd op asOf / raw observations, current or as published on asOf',
    description:
      'format=json is paged with page.nextCursor; csv, arrow and parquet stream every matching row (from the cursor on, up to limit when given).',
  })
  @Answers('ObservationPageResponse', {
    description: 'Een pagina, of met format het bestand / a page, or with format the file',
    alsoAs: [MEDIA_TYPES.csv, MEDIA_TYPES.arrow, MEDIA_TYPES.parquet],
  })
  @Conditional()
  @Fails('TABLE_NOT_FOUND', 'MEASURE_NOT_FOUND', 'REGION_NOT_FOUND')
  async list(@Query() query: ObservationsQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'json';
    if (format === 'json') {
      const entry = await this.cache.respond(request.originalUrl, async () =>
        this.observations.page(await this.observations.filterOf({ ...query, limit: undefined }), query.limit ?? PAGE_LIMIT_DEFAULT),
      );
      return sendPrebuilt(request, response, entry);
    }
    const filter = await this.observations.filterOf(query);
    const etag = await this.cache.versionTag(request.originalUrl);
    if (answeredNotModified(request, response, etag)) return;
    await sendTabular(response, this.observations.source(filter), {
      format,
      dialect: query.dialect ?? 'international',
      filename: 'koers-observations',
    });
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EtlRunDetailResponse, EtlRunListResponse } from '@koers/api-contracts';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { IdParams } from '../common/id-params.dto';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { EtlRunsService } from './etl-runs.service';
import { EtlRunsQueryDto, RUNS_LIMIT_DEFAULT } from './dto/etl-runs-query.dto';
import { Answers, Fails } from '../openapi/documented.decorators';

// POST /etl/runs (start a run) is in run-requests.controller.ts.
@ApiTags('etl')
@Controller('etl/runs')
@CachedResponse()
export class EtlRunsController {
  constructor(private readonly runs: EtlRunsService) {}

  @Get()
  @ApiOperation({ summary: 'ETL-runs, nieuwste eerst / ETL runs, newest first' })
  @Answers('EtlRunListResponse')
  list(@Query() query: EtlRunsQueryDto): Promise<EtlRunListResponse> {
    return this.runs.list({ source: query.source, status: query.status, cursor: query.cursor, limit: query.limit ?? RUNS_LIMIT_DEFAULT });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Eén run met de afgekeurde rijen / one run with its rejected rows' })
  @Answers('EtlRunDetailResponse')
  @Fails('RUN_NOT_FOUND')
  detail(@Param() params: IdParams, @Query() query: LangQueryDto): Promise<EtlRunDetailResponse> {
    return this.runs.detail(params.id, languageOf(query));
  }
}

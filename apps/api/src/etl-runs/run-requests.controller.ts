import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RunRequestListResponse, RunRequestView } from '@koers/api-contracts';
import type { Response } from 'express';
import type { ApiPrincipal } from '../auth/api-key.service';
import { Principal, RequireRole } from '../auth/require-role.decorator';
import { IdParams } from '../common/id-params.dto';
import { LangQueryDto } from '../common/lang-query.dto';
import { API_PREFIX } from '../api-prefix';
import { RUN_REQUESTS_LIMIT_DEFAULT, RunRequestBodyDto, RunRequestsQueryDto } from './dto/run-request.dto';
import { RunRequestsService } from './run-requests.service';
import { Answers, Fails } from '../openapi/documented.decorators';

// Not cached: a request's status changes without the data changing (a queued request that fails, an inbox scan
// that finds nothing).
@ApiTags('etl')
@Controller('etl')
export class RunRequestsController {
  constructor(private readonly requests: RunRequestsService) {}

  @Post('runs')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Een run starten (admin) / start a run (admin)',
    description:
      'Zet de run in de wachtrij van het ETL-proces, dat hem binnen enkele seconden uitvoert; volg hem via Location. / Queues the run for the ETL process, which starts it within seconds; follow it at Location.',
  })
  @Answers('RunRequestView', { status: 202, description: 'In de wachtrij; volg hem via Location / queued; follow it at Location' })
  async start(
    @Body() body: RunRequestBodyDto,
    @Query() _query: LangQueryDto,
    @Principal() principal: ApiPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RunRequestView> {
    const queued = await this.requests.request(body.source, body.table, `api-key:${principal.prefix}`);
    response.setHeader('Location', `/${API_PREFIX}/etl/requests/${queued.id}`);
    return queued;
  }

  @Get('requests')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Gevraagde runs, nieuwste eerst / requested runs, newest first' })
  @Answers('RunRequestListResponse')
  recent(@Query() query: RunRequestsQueryDto): Promise<RunRequestListResponse> {
    return this.requests.recent(query.limit ?? RUN_REQUESTS_LIMIT_DEFAULT);
  }

  @Get('requests/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Eén gevraagde run: wachtrij, bezig, klaar of mislukt / one requested run: queued, running, done or failed' })
  @Answers('RunRequestView')
  @Fails('RUN_REQUEST_NOT_FOUND')
  one(@Param() params: IdParams, @Query() _query: LangQueryDto): Promise<RunRequestView> {
    return this.requests.get(params.id);
  }
}

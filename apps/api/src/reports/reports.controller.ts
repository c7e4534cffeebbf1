import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdoptionView, ReportChangesResponse, ReportPageResponse, ReportYearsResponse } from '@koers/api-contracts';
import type { Response } from 'express';
import type { ApiPrincipal } from '../auth/api-key.service';
import { Principal, RequireRole } from '../auth/require-role.decorator';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { AdoptEditionBodyDto, EditionParams, ReportQueryDto, ReportYearParams } from './dto/report-query.dto';
import { ReportChangesService } from './report-changes.service';
import { ReportPageService } from './report-page.service';
import { ReportsService } from './reports.service';
import { Answers, Fails } from '../openapi/documented.decorators';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly changeList: ReportChangesService,
    private readonly pages: ReportPageService,
  ) {}

  @Get()
  @CachedResponse()
  @ApiOperation({ summary: 'De jaren met een raadsrapportage en hun edities / the years with a council report and their editions' })
  @Answers('ReportYearsResponse')
  years(@Query() _query: LangQueryDto): Promise<ReportYearsResponse> {
    return this.reports.years();
  }

  @Get(':year')
  @CachedResponse()
  @ApiOperation({
    summary: 'De raadsrapportage van een jaar / the council report of a year',
    description:
      'De vastgestelde editie als die er is, anders het concept: elk oordeel op de reeks tot en met dat jaar, met de cijfers zoals gepubliceerd op de peildatum. / The adopted edition when there is one, else the draft: every verdict on the series up to that year, with the figures as published on the reference date.',
  })
  @Answers('ReportPageResponse')
  @Fails('REPORT_YEAR_NOT_FOUND')
  async report(@Param() params: ReportYearParams, @Query() query: ReportQueryDto): Promise<ReportPageResponse> {
    const lang = languageOf(query);
    return this.pages.page(await this.reports.report(params.year, lang, { peildatum: query.peildatum, concept: query.concept }), lang);
  }

  @Get(':year/changes')
  @CachedResponse()
  @ApiOperation({ summary: 'Wat veranderde sinds de vorige editie / what changed since the previous edition' })
  @Answers('ReportChangesResponse')
  @Fails('REPORT_YEAR_NOT_FOUND')
  changes(@Param() params: ReportYearParams, @Query() query: ReportQueryDto): Promise<ReportChangesResponse> {
    return this.changeList.changes(params.year, languageOf(query), { concept: query.concept });
  }

  @Get(':year/editions/:number')
  @CachedResponse()
  @ApiOperation({ summary: 'Eén vastgestelde editie, precies zoals vastgesteld / one adopted edition, exactly as adopted' })
  @Answers('ReportPageResponse')
  @Fails('EDITION_NOT_FOUND')
  async edition(@Param() params: EditionParams, @Query() query: LangQueryDto): Promise<ReportPageResponse> {
    const lang = languageOf(query);
    return this.pages.page(await this.reports.edition(params.year, params.number, lang), lang);
  }

  @Post(':year/editions')
  @HttpCode(HttpStatus.CREATED)
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Het concept vaststellen als editie (admin) / adopt the draft as an edition (admin)',
    description:
      'Slaat elke waarde, status en tekst op zoals ze nu zijn; daarna verandert de editie niet meer. / Stores every value, status and text as they are now; the edition never changes afterwards.',
  })
  @Answers('AdoptionView', { status: 201 })
  @Fails('REPORT_YEAR_NOT_FOUND')
  async adopt(
    @Param() params: ReportYearParams,
    @Body() body: AdoptEditionBodyDto,
    @Query() _query: LangQueryDto,
    @Principal() principal: ApiPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AdoptionView> {
    const adoption = await this.reports.adopt(params.year, body, `api-key:${principal.prefix}`);
    response.setHeader('Location', adoption.url);
    return adoption;
  }
}

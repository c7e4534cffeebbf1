import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DownloadListResponse } from '@koers/api-contracts';
import type { Request, Response } from 'express';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { answeredNotModified } from '../cache/conditional-response';
import { DataVersionService } from '../cache/data-version.service';
import { ResponseCacheService } from '../cache/response-cache.service';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import { sendTabular } from '../tabular/tabular-response';
import { MEDIA_TYPES, TABULAR_FORMATS, type TabularFormat } from '../tabular/tabular.types';
import { DownloadsException } from './downloads.exception';
import { DownloadsService } from './downloads.service';
import { DownloadFileParams, DownloadQueryDto } from './dto/download-query.dto';
import { Answers, AnswersFile, Fails, Conditional } from '../openapi/documented.decorators';

function isFormat(text: string): text is TabularFormat {
  return (TABULAR_FORMATS as readonly string[]).includes(text);
}

@ApiTags('downloads')
@Controller('downloads')
export class DownloadsController {
  constructor(
    private readonly downloads: DownloadsService,
    private readonly cache: ResponseCacheService,
    private readonly versions: DataVersionService,
  ) {}

  @Get()
  @CachedResponse()
  @ApiOperation({ summary: 'De bulkdownloads / the bulk downloads' })
  @Answers('DownloadListResponse')
  list(@Query() query: LangQueryDto): DownloadListResponse {
    return this.downloads.list(languageOf(query));
  }

  @Get('datapackage.json')
  @CachedResponse()
  @ApiOperation({ summary: 'Frictionless Data Package: elke download met schema en bronnen / every download with schema and sources' })
  async datapackage(@Query() query: LangQueryDto): Promise<Record<string, unknown>> {
    return this.downloads.datapackage(languageOf(query), await this.versions.current());
  }

  @Get(':file')
  @ApiOperation({ summary: 'indicators.{csv,json,arrow,parquet} of observations.{…}, gestreamd / streamed' })
  @AnswersFile('Het bestand, gestreamd / the file, streamed', TABULAR_FORMATS.map((format) => MEDIA_TYPES[format]))
  @Conditional()
  @Fails('DOWNLOAD_NOT_FOUND')
  async file(@Param() params: DownloadFileParams, @Query() query: DownloadQueryDto, @Req() request: Request, @Res() response: Response): Promise<void> {
    const [id, format] = params.file.split('.') as [string, string];
    if (!isFormat(format)) throw DownloadsException.notFound(params.file);
    const source = this.downloads.source(id);
    const etag = await this.cache.versionTag(request.originalUrl);
    if (answeredNotModified(request, response, etag)) return;
    await sendTabular(response, source, { format, dialect: query.dialect ?? 'international', filename: `koers-${id}` });
  }
}

import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataPackage, DownloadListResponse } from '@koers/api-contracts';
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

/** `indicators.csv` → indicators in csv; `indicators-nl.csv` → the Dutch Excel CSV; anything else is no download. */
function fileOf(name: string): { id: string; format: TabularFormat; excel: boolean } | null {
  const match = /^([a-z]+)(-nl)?\.([a-z]+)$/.exec(name);
  if (!match || !isFormat(match[3]!) || (match[2] !== undefined && match[3] !== 'csv')) return null;
  return { id: match[1]!, format: match[3], excel: match[2] !== undefined };
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
  @Answers('DataPackage')
  async datapackage(@Query() query: LangQueryDto): Promise<DataPackage> {
    return this.downloads.datapackage(languageOf(query), await this.versions.current());
  }

  @Get(':file')
  @ApiOperation({
    summary: 'indicators.{csv,json,arrow,parquet} of observations.{…}, gestreamd / streamed',
    description:
      '`indicators-nl.csv` en `observations-nl.csv`: voor Excel met Nederlandse instellingen (`;`, decimale komma, BOM, afgerond zoals getoond) / for Excel with Dutch settings.',
  })
  @AnswersFile('Het bestand, gestreamd / the file, streamed', TABULAR_FORMATS.map((format) => MEDIA_TYPES[format]))
  @Conditional()
  @Fails('DOWNLOAD_NOT_FOUND')
  async file(
    @Param() params: DownloadFileParams,
    @Query() query: DownloadQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = fileOf(params.file);
    if (file === null) throw DownloadsException.notFound(params.file);
    const source = this.downloads.source(file.id);
    const etag = await this.cache.versionTag(request.originalUrl);
    if (answeredNotModified(request, response, etag)) return;
    // `?dialect=nl` is the older address of the Excel CSV.
    const dialect = file.excel ? 'nl' : (query.dialect ?? 'international');
    await sendTabular(response, source, { format: file.format, dialect, filename: `koers-${file.id}` });
  }
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UploadResponse, UploadedFileDetailResponse, UploadedFileListResponse } from '@koers/api-contracts';
import type { Request, Response } from 'express';
import type { ApiPrincipal } from '../auth/api-key.service';
import { Principal, RequireRole } from '../auth/require-role.decorator';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { IdParams } from '../common/id-params.dto';
import { LangQueryDto, languageOf } from '../common/lang-query.dto';
import {
  TemplateParams,
  UPLOADS_LIMIT_DEFAULT,
  UploadKindParams,
  UploadQueryDto,
  UploadsListQueryDto,
  WithdrawUploadDto,
} from './dto/upload-query.dto';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';
import { UploadWithdrawalService } from './upload-withdrawal.service';
import { UploadedFileListService } from './uploaded-file-list.service';
import { UploadsService } from './uploads.service';
import { Answers, AnswersFile, Fails } from '../openapi/documented.decorators';

/** `attachment; filename="…"` with the UTF-8 form as well, so a name with ë survives every browser. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const CONTENT_DESCRIPTION = [
  'Alleen voor redacteuren (rol editor of admin). Altijd als bijlage (`Content-Disposition: attachment`), met `X-Content-Type-Options: nosniff`,',
  'als `text/plain; charset=utf-8` of `text/plain; charset=windows-1252` (CSV, in de codering waarin het is gelezen) of',
  '`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (XLSX): nooit als iets dat een browser uitvoert of toont.',
  '/ Editors only; always an attachment, nosniff, and a type no browser runs or renders.',
].join(' ');

@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly files: UploadedFileListService,
    private readonly withdrawals: UploadWithdrawalService,
  ) {}

  @Get('files')
  @CachedResponse()
  @ApiOperation({
    summary:
      'Geüploade bestanden, nieuwste eerst, met wie ze wanneer en waarom introk / uploaded files, newest first, with their withdrawal',
  })
  @Answers('UploadedFileListResponse')
  list(@Query() query: UploadsListQueryDto): Promise<UploadedFileListResponse> {
    return this.files.list(query.limit ?? UPLOADS_LIMIT_DEFAULT);
  }

  @Get('templates/:file')
  @ApiOperation({ summary: 'Sjabloon <soort>.csv of <soort>.xlsx / template <kind>.csv or <kind>.xlsx' })
  @AnswersFile('Het sjabloon / the template', ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
  @Fails('TEMPLATE_NOT_FOUND')
  async template(
    @Param() params: TemplateParams,
    @Query() _query: LangQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const template = await this.uploads.template(params.file);
    response.setHeader('Content-Type', template.contentType);
    response.setHeader('Content-Disposition', attachment(template.fileName));
    return new StreamableFile(template.bytes);
  }

  @Get('files/:id')
  @CachedResponse()
  @ApiOperation({
    summary:
      'Eén geüpload bestand: perioden, indicatoren, cijfers, intrekking / one uploaded file: periods, indicators, figures, withdrawal',
  })
  @Answers('UploadedFileDetailResponse')
  @Fails('UPLOAD_NOT_FOUND')
  detail(@Param() params: IdParams, @Query() query: LangQueryDto): Promise<UploadedFileDetailResponse> {
    return this.files.detail(String(params.id), languageOf(query));
  }

  @Get('files/:id/content')
  @RequireRole('editor')
  @ApiOperation({ summary: 'Het bestand zoals het is geüpload / the file exactly as uploaded', description: CONTENT_DESCRIPTION })
  @AnswersFile('Het bestand zoals geüpload / the file as uploaded', [
    'text/plain',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ])
  @Fails('UPLOAD_NOT_FOUND')
  async content(
    @Param() params: IdParams,
    @Query() _query: LangQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.files.content(String(params.id));
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', attachment(file.name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.bytes);
  }

  @Post('files/:id/withdraw')
  @HttpCode(200)
  @RequireRole('editor')
  @ApiOperation({
    summary: 'Een geüpload bestand intrekken / withdraw an uploaded file',
    description:
      'Zijn cijfers tellen niet meer; de vorige versie van elk cijfer is weer actueel. Niets wordt verwijderd: as-of-vragen van vóór de intrekking tonen het nog. / Its figures stop counting; the previous version of each figure is current again; nothing is deleted.',
  })
  @Answers('UploadedFileDetailResponse', { description: 'Het bestand met zijn intrekking / the file with its withdrawal' })
  @Fails('UPLOAD_NOT_FOUND', 'UPLOAD_ALREADY_WITHDRAWN')
  withdraw(
    @Param() params: IdParams,
    @Query() query: LangQueryDto,
    @Body() body: WithdrawUploadDto,
    @Principal() principal: ApiPrincipal,
  ): Promise<UploadedFileDetailResponse> {
    return this.withdrawals.withdraw(String(params.id), `api-key:${principal.prefix}`, body.reason, languageOf(query));
  }

  @Post(':kind')
  @HttpCode(200)
  @RequireRole('editor')
  @UseInterceptors(UploadErrorsInterceptor, AnyFilesInterceptor())
  @ApiOperation({
    summary: 'Een gemeentelijk bestand laden (alles of niets) / load a municipal file (all or nothing)',
    description: [
      '201 geladen / loaded; 200 al geladen of proefrun / already loaded or dry run; 422 afgewezen met de problemen (tot 1.000) / rejected with its issues (up to 1,000).',
      'Met `replaces=<id>` een nieuwe versie van dat bestand: het wordt ingetrokken zodra dit bestand is geladen. / With `replaces`, a new version of that file, withdrawn once this one is loaded.',
      '429 met Retry-After als er al UPLOAD_CONCURRENT_CHECKS bestanden worden gecontroleerd. / 429 with Retry-After when that many files are being checked.',
    ].join(' '),
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @Answers('UploadResponse', { description: 'Al eerder geladen, of proefrun in orde / loaded before, or a dry run that passed' })
  @Answers('UploadResponse', { status: 201, description: 'Geladen / loaded' })
  @Fails(
    'UPLOAD_KIND_NOT_FOUND',
    'UPLOAD_NOT_FOUND',
    'UPLOAD_BUSY',
    'UPLOAD_ALREADY_WITHDRAWN',
    'UPLOAD_KIND_MISMATCH',
    'FILE_TOO_LARGE',
    'UPLOAD_REJECTED',
    'UPLOAD_CHECKS_BUSY',
  )
  async upload(
    @Param() params: UploadKindParams,
    @Query() query: UploadQueryDto,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
    @Req() request: Request,
    @Principal() principal: ApiPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadResponse> {
    const parts = {
      contentType: request.headers['content-type'],
      files: files ?? [],
      fields: (request.body ?? {}) as Record<string, unknown>,
    };
    const replaces = query.replaces === undefined ? undefined : { id: query.replaces, reason: query.reason };
    const how = { dryRun: query.dryRun ?? false, uploadedBy: `api-key:${principal.prefix}`, lang: languageOf(query), replaces };
    const answer = await this.uploads.upload(params.kind, parts, how);
    response.status(answer.status);
    return answer.body;
  }
}

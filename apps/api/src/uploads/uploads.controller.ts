import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { UploadResponse, UploadedFileListResponse } from '@koers/api-contracts';
import type { Response } from 'express';
import type { ApiPrincipal } from '../auth/api-key.service';
import { Principal, RequireRole } from '../auth/require-role.decorator';
import { CachedResponse } from '../cache/cached-response.interceptor';
import { IdParams } from '../common/id-params.dto';
import { LangQueryDto } from '../common/lang-query.dto';
import { TemplateParams, UPLOADS_LIMIT_DEFAULT, UploadKindParams, UploadQueryDto, UploadsListQueryDto } from './dto/upload-query.dto';
import { UploadLimitInterceptor } from './upload-limit.interceptor';
import { UploadedFileListService } from './uploaded-file-list.service';
import { UploadsService } from './uploads.service';

/** `attachment; filename="…"` with the UTF-8 form as well, so a name with ë survives every browser. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly files: UploadedFileListService,
  ) {}

  @Get()
  @CachedResponse()
  @ApiOperation({ summary: 'Geüploade bestanden, nieuwste eerst / uploaded files, newest first' })
  @ApiOkResponse({ description: 'UploadedFileListResponse' })
  list(@Query() query: UploadsListQueryDto): Promise<UploadedFileListResponse> {
    return this.files.list(query.limit ?? UPLOADS_LIMIT_DEFAULT);
  }

  @Get('templates/:file')
  @ApiOperation({ summary: 'Sjabloon <soort>.csv of <soort>.xlsx / template <kind>.csv or <kind>.xlsx' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiNotFoundResponse({ description: 'TEMPLATE_NOT_FOUND' })
  async template(@Param() params: TemplateParams, @Query() _query: LangQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const template = await this.uploads.template(params.file);
    response.setHeader('Content-Type', template.contentType);
    response.setHeader('Content-Disposition', attachment(template.fileName));
    return new StreamableFile(template.bytes);
  }

  @Get(':id/content')
  @ApiOperation({ summary: 'Het bestand zoals het is geüpload / the file exactly as uploaded' })
  @ApiNotFoundResponse({ description: 'UPLOAD_NOT_FOUND' })
  async content(@Param() params: IdParams, @Query() _query: LangQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.files.content(params.id);
    response.setHeader('Content-Type', 'application/octet-stream');
    response.setHeader('Content-Disposition', attachment(file.name));
    return new StreamableFile(file.bytes);
  }

  @Post(':kind')
  @HttpCode(200)
  @RequireRole('editor')
  @UseInterceptors(UploadLimitInterceptor, FileInterceptor('file'))
  @ApiOperation({
    summary: 'Een gemeentelijk bestand laden (alles of niets) / load a municipal file (all or nothing)',
    description: '201 geladen / loaded; 200 al geladen of proefrun / already loaded or dry run; 422 afgewezen met elk probleem / rejected with every issue.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 201, description: 'UploadResponse (loaded)' })
  @ApiResponse({ status: 422, description: 'UploadResponse (rejected, with issues)' })
  @ApiResponse({ status: 413, description: 'FILE_TOO_LARGE' })
  @ApiNotFoundResponse({ description: 'UPLOAD_KIND_NOT_FOUND' })
  async upload(
    @Param() params: UploadKindParams,
    @Query() query: UploadQueryDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Principal() principal: ApiPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadResponse> {
    const answer = await this.uploads.upload(params.kind, file, { dryRun: query.dryRun ?? false, uploadedBy: `api-key:${principal.prefix}` });
    response.status(answer.status);
    return answer.body;
  }
}

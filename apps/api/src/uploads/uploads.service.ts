import { Injectable } from '@nestjs/common';
import type { UploadResponse } from '@koers/api-contracts';
import {
  MunicipalFileError,
  MunicipalImportService,
  isMunicipalKind,
  importResponse,
  templateContentType,
  templateCsv,
  templateFileName,
  templateXlsx,
} from '@koers/municipal-files';
import { DataVersionService } from '../cache/data-version.service';
import { ValidationException } from '../common/validation.exception';
import { UploadsException } from './uploads.exception';

export interface UploadAnswer {
  readonly status: 200 | 201 | 422;
  readonly body: UploadResponse;
}

const NO_FILE = { nl: 'ontbreekt: stuur het bestand als multipart/form-data in het veld "file"', en: 'is missing: send the file as multipart/form-data in the field "file"' };

/** Upload and templates: the HTTP face of the municipal import every other entry point shares. */
@Injectable()
export class UploadsService {
  constructor(
    private readonly importer: MunicipalImportService,
    private readonly versions: DataVersionService,
  ) {}

  async upload(kind: string, file: Express.Multer.File | undefined, how: { dryRun: boolean; uploadedBy: string }): Promise<UploadAnswer> {
    if (!isMunicipalKind(kind)) throw UploadsException.unknownKind(kind);
    if (!file) throw new ValidationException('file', NO_FILE);
    try {
      const result = await this.importer.importMunicipalFile({
        kind,
        fileName: file.originalname,
        bytes: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength),
        uploadedBy: how.uploadedBy,
        trigger: 'api',
        dryRun: how.dryRun,
      });
      // Loaded figures change every computed answer; the next request must not wait for the periodic check.
      if (result.outcome === 'loaded') this.versions.invalidate();
      return importResponse(result);
    } catch (error) {
      if (error instanceof MunicipalFileError && error.code === 'SOURCE_BUSY') throw UploadsException.busy();
      throw error;
    }
  }

  async template(file: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
    const [kind, format] = file.split('.') as [string, string];
    if (!isMunicipalKind(kind) || (format !== 'csv' && format !== 'xlsx')) throw UploadsException.unknownTemplate(file);
    const bytes = format === 'csv' ? templateCsv(kind) : await templateXlsx(kind);
    return { fileName: templateFileName(kind, format), contentType: templateContentType(format), bytes };
  }
}

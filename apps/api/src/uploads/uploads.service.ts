import { Injectable } from '@nestjs/common';
import type { ApiLanguage, UploadResponse } from '@koers/api-contracts';
import {
  MunicipalFileError,
  MunicipalImportService,
  uploadResponse,
  templateContentType,
  templateCsv,
  templateFileName,
  templateXlsx,
} from '@koers/municipal-files';
import { DataVersionService } from '../cache/data-version.service';
import { MultipartParts, pickUploadedFile } from './uploaded-part.picker';
import { UploadsException } from './uploads.exception';
import { isSpecifiedUploadKind } from '@koers/indicators';

/** The status of each outcome an upload can have (a rejection is a 422 problem, thrown as UPLOAD_REJECTED). */
const UPLOAD_STATUS: Readonly<Record<Exclude<UploadResponse['outcome'], 'rejected'>, 200 | 201>> = {
  loaded: 201,
  'already-loaded': 200,
  'dry-run-ok': 200,
};

export interface UploadAnswer {
  readonly status: 200 | 201;
  readonly body: UploadResponse;
}

export interface UploadHow {
  readonly dryRun: boolean;
  readonly uploadedBy: string;
  readonly lang: ApiLanguage;
  /** A new version of this uploaded file, withdrawn once this one is loaded. */
  readonly replaces?: { readonly id: string; readonly reason?: string };
}

/** The import's errors that are about the request, as the API's. */
function apiError(error: unknown, how: UploadHow, slots: number): unknown {
  if (!(error instanceof MunicipalFileError)) return error;
  const id = how.replaces?.id ?? '';
  switch (error.code) {
    case 'SOURCE_BUSY':
      return UploadsException.busy();
    case 'CHECKS_BUSY':
      return UploadsException.checksBusy(slots);
    case 'FILE_NOT_FOUND':
      return UploadsException.notFound(id);
    case 'ALREADY_WITHDRAWN':
      return UploadsException.alreadyWithdrawn(id);
    case 'OTHER_KIND':
      return UploadsException.kindMismatch(id, error.message);
    default:
      return error;
  }
}

/** Upload and templates: the HTTP face of the municipal import every other entry point shares. */
@Injectable()
export class UploadsService {
  constructor(
    private readonly importer: MunicipalImportService,
    private readonly versions: DataVersionService,
  ) {}

  async upload(kind: string, parts: MultipartParts, how: UploadHow): Promise<UploadAnswer> {
    if (!isSpecifiedUploadKind(kind)) throw UploadsException.unknownKind(kind);
    const file = pickUploadedFile(parts);
    try {
      const result = await this.importer.importMunicipalFile({
        kind,
        fileName: file.originalname,
        bytes: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength),
        uploadedBy: how.uploadedBy,
        trigger: 'api',
        dryRun: how.dryRun,
        replaces: how.replaces,
      });
      // Loaded figures change every computed answer; the next request must not wait for the periodic check.
      if (result.outcome === 'loaded') this.versions.invalidate();
      const body = uploadResponse(result, how.lang);
      if (body.outcome === 'rejected') throw UploadsException.rejected(body);
      return { status: UPLOAD_STATUS[body.outcome], body };
    } catch (error) {
      throw apiError(error, how, this.importer.concurrentChecks);
    }
  }

  async template(file: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
    const [kind, format] = file.split('.') as [string, string];
    if (!isSpecifiedUploadKind(kind) || (format !== 'csv' && format !== 'xlsx')) throw UploadsException.unknownTemplate(file);
    const bytes = format === 'csv' ? templateCsv(kind) : await templateXlsx(kind);
    return { fileName: templateFileName(kind, format), contentType: templateContentType(format), bytes };
  }
}

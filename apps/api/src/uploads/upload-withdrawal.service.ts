import { Injectable } from '@nestjs/common';
import type { ApiLanguage, UploadedFileDetailResponse } from '@koers/api-contracts';
import { MunicipalFileError, MunicipalFileStore } from '@koers/municipal-files';
import { DataVersionService } from '../cache/data-version.service';
import { UploadedFileListService } from './uploaded-file-list.service';
import { UploadsException } from './uploads.exception';

/**
 * Takes an uploaded file back: its figures stop counting and the version before each is current again; the file,
 * its figures and who withdrew it, when and why stay. Every cached answer is dropped at once.
 */
@Injectable()
export class UploadWithdrawalService {
  constructor(
    private readonly store: MunicipalFileStore,
    private readonly files: UploadedFileListService,
    private readonly versions: DataVersionService,
  ) {}

  async withdraw(id: string, by: string, reason: string, lang: ApiLanguage): Promise<UploadedFileDetailResponse> {
    try {
      await this.store.withdraw({ id, by, reason, at: new Date() });
    } catch (error) {
      if (error instanceof MunicipalFileError && error.code === 'FILE_NOT_FOUND') throw UploadsException.notFound(id);
      if (error instanceof MunicipalFileError && error.code === 'ALREADY_WITHDRAWN') throw UploadsException.alreadyWithdrawn(id);
      throw error;
    }
    this.versions.invalidate();
    return this.files.detail(id, lang);
  }
}

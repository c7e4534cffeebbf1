import { ApiException } from '../common/api.exception';

export type DownloadsErrorCode = 'DOWNLOAD_NOT_FOUND';

export class DownloadsException extends ApiException<DownloadsErrorCode> {
  static notFound(file: string): DownloadsException {
    return new DownloadsException('DOWNLOAD_NOT_FOUND', {
      nl: `Download "${file}" bestaat niet; GET /api/v1/downloads geeft de lijst.`,
      en: `Download "${file}" does not exist; GET /api/v1/downloads gives the list.`,
    });
  }
}

import type { UploadResponse } from '@koers/api-contracts';
import { ApiException } from '../common/api.exception';
import { SPECIFIED_UPLOAD_KINDS } from '@koers/indicators';

export type UploadsErrorCode =
  | 'UPLOAD_KIND_NOT_FOUND'
  | 'TEMPLATE_NOT_FOUND'
  | 'UPLOAD_NOT_FOUND'
  | 'FILE_TOO_LARGE'
  | 'UPLOAD_BUSY'
  | 'UPLOAD_CHECKS_BUSY'
  | 'UPLOAD_ALREADY_WITHDRAWN'
  | 'UPLOAD_KIND_MISMATCH'
  | 'UPLOAD_REJECTED';

/** How long a client is asked to wait (Retry-After) when every check slot is taken: a check takes seconds. */
export const CHECKS_RETRY_AFTER_SECONDS = 5;

const KINDS = SPECIFIED_UPLOAD_KINDS.join(', ');

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;
}

export class UploadsException extends ApiException<UploadsErrorCode> {
  static unknownKind(kind: string): UploadsException {
    return new UploadsException('UPLOAD_KIND_NOT_FOUND', {
      nl: `Koers kent geen bestandssoort "${kind}"; de soorten zijn: ${KINDS}.`,
      en: `Koers has no file kind "${kind}"; the kinds are: ${KINDS}.`,
    });
  }

  static unknownTemplate(file: string): UploadsException {
    return new UploadsException('TEMPLATE_NOT_FOUND', {
      nl: `Er is geen sjabloon "${file}"; vraag <soort>.csv of <soort>.xlsx op, met soort een van: ${KINDS}.`,
      en: `There is no template "${file}"; ask for <kind>.csv or <kind>.xlsx, with kind one of: ${KINDS}.`,
    });
  }

  static notFound(id: string): UploadsException {
    return new UploadsException('UPLOAD_NOT_FOUND', { nl: `Er is geen geüpload bestand ${id}.`, en: `There is no uploaded file ${id}.` });
  }

  static tooLarge(limitBytes: number): UploadsException {
    return new UploadsException('FILE_TOO_LARGE', {
      nl: `Het bestand is groter dan ${megabytes(limitBytes).replace('.', ',')} MB, de grens voor uploads. Splits het bestand.`,
      en: `The file is larger than ${megabytes(limitBytes)} MB, the upload limit. Split the file.`,
    });
  }

  static busy(): UploadsException {
    return new UploadsException('UPLOAD_BUSY', {
      nl: 'Er werd net een ander bestand geladen; dit bestand is niet geladen. Probeer het zo opnieuw.',
      en: 'Another file was being loaded; this file was not loaded. Try again shortly.',
    });
  }

  static checksBusy(slots: number): UploadsException {
    return new UploadsException('UPLOAD_CHECKS_BUSY', {
      nl: `Er worden al ${slots} bestand(en) tegelijk gecontroleerd, het maximum; dit bestand is niet gecontroleerd. Probeer het over ${CHECKS_RETRY_AFTER_SECONDS} seconden opnieuw.`,
      en: `${slots} file(s) are being checked at once, the most allowed; this file was not checked. Try again in ${CHECKS_RETRY_AFTER_SECONDS} seconds.`,
    });
  }

  static alreadyWithdrawn(id: string): UploadsException {
    return new UploadsException('UPLOAD_ALREADY_WITHDRAWN', {
      nl: `Geüpload bestand ${id} is al ingetrokken; er is niets veranderd.`,
      en: `Uploaded file ${id} was withdrawn already; nothing changed.`,
    });
  }

  static kindMismatch(id: string, detail: string): UploadsException {
    return new UploadsException('UPLOAD_KIND_MISMATCH', {
      nl: `Geüpload bestand ${id} is van een andere soort; een bestand vervangt alleen een bestand van zijn eigen soort (${detail}).`,
      en: `Uploaded file ${id} is of another kind; a file replaces only a file of its own kind (${detail}).`,
    });
  }

  /** A file the checks refused: 422, with the import's whole answer (every issue) beside the problem. */
  static rejected(answer: UploadResponse): UploadsException {
    const issues = answer.counts?.issues ?? answer.issues?.length ?? 0;
    const text = {
      nl: `Het bestand "${answer.file}" is afgewezen: ${issues} ${issues === 1 ? 'probleem' : 'problemen'} (zie "issues"). Er is niets geladen.`,
      en: `The file "${answer.file}" was rejected: ${issues} ${issues === 1 ? 'issue' : 'issues'} (see "issues"). Nothing was loaded.`,
    };
    return new UploadsException('UPLOAD_REJECTED', text, undefined, undefined, { ...answer });
  }
}

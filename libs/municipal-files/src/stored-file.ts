import { detectFormat } from './municipal-file.parser';
import { decodeText } from './text-decoding';
import { templateContentType } from './upload-template';

/**
 * The type a stored file is served as: never one a browser runs or renders. A CSV is plain text in the encoding
 * it was read in (a loaded CSV is UTF-8 or Windows-1252), an XLSX is a workbook; anything else is bytes.
 */
export function storedFileContentType(bytes: Uint8Array): string {
  const format = detectFormat(bytes);
  switch (format) {
    case 'xlsx':
      return templateContentType('xlsx');
    case 'csv':
      return `text/plain; charset=${decodeText(bytes).encoding}`;
    case 'legacy-excel':
      return 'application/octet-stream';
    default: {
      const unknown: never = format;
      throw new Error(`Unhandled format ${String(unknown)}`);
    }
  }
}

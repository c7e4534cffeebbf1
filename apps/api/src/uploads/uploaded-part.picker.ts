import { ValidationException } from '../common/validation.exception';

/** The form field the file goes in. */
export const FILE_FIELD = 'file';

/** What multer made of a request: the files, under whatever field names they came, and the text fields. */
export interface MultipartParts {
  readonly contentType: string | undefined;
  readonly files: readonly Express.Multer.File[];
  readonly fields: Readonly<Record<string, unknown>>;
}

function names(files: readonly Express.Multer.File[]): string {
  return files.map((file) => `"${file.originalname}"`).join(', ');
}

const noFile = (nl: string, en: string) => new ValidationException(FILE_FIELD, { nl, en });

/**
 * The one uploaded file, or a refusal that names the mistake: not multipart at all, no file, the file as text,
 * the file under another field name, or more than one file.
 */
export function pickUploadedFile(parts: MultipartParts): Express.Multer.File {
  const { contentType, files, fields } = parts;
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
    throw noFile(
      `ontbreekt: het verzoek is geen multipart/form-data (Content-Type: ${contentType ?? 'geen'}); stuur het bestand als formulier in het veld "file" (curl: -F file=@leegstand.csv)`,
      `is missing: the request is not multipart/form-data (Content-Type: ${contentType ?? 'none'}); send the file as a form in the field "file" (curl: -F file=@vacancy.csv)`,
    );
  }
  if (files.length > 1) {
    throw noFile(
      `bevat ${files.length} bestanden (${names(files)}); stuur één bestand per verzoek`,
      `holds ${files.length} files (${names(files)}); send one file per request`,
    );
  }
  const [file] = files;
  if (file && file.fieldname !== FILE_FIELD) {
    throw noFile(
      `ontbreekt: het bestand "${file.originalname}" staat in het veld "${file.fieldname}"; het veld heet "file"`,
      `is missing: the file "${file.originalname}" is in the field "${file.fieldname}"; the field is called "file"`,
    );
  }
  if (file) return file;
  if (FILE_FIELD in fields) {
    throw noFile(
      'is tekst, geen bestand: het veld "file" bevat een tekst in plaats van het bestand zelf (curl: -F file=@pad, met @)',
      'is text, not a file: the field "file" holds text instead of the file itself (curl: -F file=@path, with the @)',
    );
  }
  const others = Object.keys(fields);
  const seen =
    others.length > 0
      ? { nl: ` (wel de velden: ${others.join(', ')})`, en: ` (only the fields: ${others.join(', ')})` }
      : { nl: '', en: '' };
  throw noFile(
    `ontbreekt: er is geen bestand meegestuurd${seen.nl}; stuur het als multipart/form-data in het veld "file"`,
    `is missing: no file was sent${seen.en}; send it as multipart/form-data in the field "file"`,
  );
}

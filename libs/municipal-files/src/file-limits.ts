import { fileIssue } from './file-issue';
import { FileIssue } from './municipal.types';
import { ArchiveLimits } from './xlsx-archive.parser';

export interface FileLimits extends ArchiveLimits {
  readonly maxFileBytes: number;
  /** Data rows (the header and blank rows not counted); past this the file is refused, not checked. */
  readonly maxRows: number;
}

const MB = 1024 * 1024;

/** Defaults: a municipal spreadsheet is kilobytes; these leave a wide margin and still stop abuse. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 10 * MB,
  maxRows: 50_000,
  maxEntries: 1000,
  maxUncompressedBytes: 100 * MB,
  maxCompressionRatio: 150,
  ratioFloorBytes: 1 * MB,
};

/** `10 MB`, `0,1 kB` (Dutch) or `0.1 kB` (English): one decimal at most. */
export function sizeText(bytes: number, locale: 'nl-NL' | 'en-GB' = 'nl-NL'): string {
  const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : [bytes / 1024, 'kB'];
  return `${amount.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
}

export function tooLargeIssue(file: string, bytes: number, limits: FileLimits): FileIssue {
  return fileIssue(
    'FILE_TOO_LARGE',
    { file, row: null, column: null, value: String(bytes) },
    `Het bestand is ${sizeText(bytes)}; de grens is ${sizeText(limits.maxFileBytes)}. Splits het bestand.`,
    `The file is ${sizeText(bytes, 'en-GB')}; the limit is ${sizeText(limits.maxFileBytes, 'en-GB')}. Split the file.`,
  );
}

/** More data rows than `maxRows`: refused as a whole, before (or instead of) checking them one by one. */
export function tooManyRowsIssue(file: string, limits: Pick<FileLimits, 'maxRows'>): FileIssue {
  const nl = limits.maxRows.toLocaleString('nl-NL');
  const en = limits.maxRows.toLocaleString('en-GB');
  return fileIssue(
    'TOO_MANY_ROWS',
    { file, row: null, column: null, value: String(limits.maxRows + 1) },
    `Het bestand heeft meer dan ${nl} gegevensrijen, de grens voor één bestand (UPLOAD_MAX_ROWS); het is niet gecontroleerd. Splits het bestand, bijvoorbeeld per jaar.`,
    `The file has more than ${en} data rows, the limit for one file (UPLOAD_MAX_ROWS); it was not checked. Split the file, for example by year.`,
  );
}

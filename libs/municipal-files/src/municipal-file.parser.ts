import { SheetRead, readCsv } from './csv.parser';
import { fileIssue } from './file-issue';
import { DEFAULT_FILE_LIMITS, FileLimits, sizeText, tooLargeIssue } from './file-limits';
import { ArchiveProblem, inspectXlsxArchive } from './xlsx-archive.parser';
import { readXlsx } from './xlsx.parser';
import { FileIssue } from './municipal.types';

export type FileFormat = 'csv' | 'xlsx' | 'legacy-excel';

/** The content decides, not the name: a ZIP is an XLSX, an OLE2 file is an old .xls, anything else is read as CSV. */
export function detectFormat(bytes: Uint8Array): FileFormat {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'legacy-excel';
  return 'csv';
}

function archiveIssue(file: string, problem: ArchiveProblem, limits: FileLimits): FileIssue {
  const at = { file, row: null, column: null, value: null };
  switch (problem.code) {
    case 'XLSX_UNREADABLE':
      return fileIssue(
        problem.code,
        { ...at, value: problem.detail },
        'Het Excel-bestand is geen geldige .xlsx (ZIP) en is niet te lezen.',
        'The Excel file is not a valid .xlsx (ZIP) and cannot be read.',
      );
    case 'XLSX_TOO_MANY_ENTRIES':
      return fileIssue(
        problem.code,
        { ...at, value: String(problem.entries) },
        `Het Excel-bestand bevat ${problem.entries} onderdelen; meer dan ${limits.maxEntries} wordt niet gelezen.`,
        `The Excel file holds ${problem.entries} parts; more than ${limits.maxEntries} are not read.`,
      );
    case 'XLSX_TOO_LARGE_UNCOMPRESSED':
      return fileIssue(
        problem.code,
        { ...at, value: String(problem.bytes) },
        `Uitgepakt is het Excel-bestand groter dan ${sizeText(limits.maxUncompressedBytes)}; het wordt niet gelezen (mogelijk een zip-bom).`,
        `Unpacked, the Excel file exceeds ${sizeText(limits.maxUncompressedBytes, 'en-GB')}; it is not read (possibly a zip bomb).`,
      );
    case 'XLSX_COMPRESSION_RATIO':
      return fileIssue(
        problem.code,
        { ...at, value: `${problem.ratio}:1` },
        `Het Excel-bestand is ${problem.ratio} keer samengeperst (grens ${limits.maxCompressionRatio}); het wordt niet gelezen (mogelijk een zip-bom).`,
        `The Excel file is compressed ${problem.ratio} times (limit ${limits.maxCompressionRatio}); it is not read (possibly a zip bomb).`,
      );
    default: {
      const unknown: never = problem;
      throw new Error(`Unhandled archive problem ${JSON.stringify(unknown)}`);
    }
  }
}

function rejected(issue: FileIssue): SheetRead {
  return { sheet: null, issue };
}

/** A file's bytes → its records as they are read, or the reason it cannot be read. No database, no clock. */
export async function openMunicipalFile(file: string, bytes: Uint8Array, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<SheetRead> {
  const at = { file, row: null, column: null, value: null };
  if (bytes.length === 0) return rejected(fileIssue('FILE_EMPTY', at, 'Het bestand is leeg.', 'The file is empty.'));
  if (bytes.length > limits.maxFileBytes) return rejected(tooLargeIssue(file, bytes.length, limits));
  const format = detectFormat(bytes);
  switch (format) {
    case 'legacy-excel':
      return rejected(
        fileIssue(
          'UNSUPPORTED_FORMAT',
          at,
          'Oude Excel-bestanden (.xls) worden niet gelezen. Sla het op als Excel-werkmap (.xlsx) of als CSV UTF-8.',
          'Old Excel files (.xls) are not read. Save it as an Excel workbook (.xlsx) or as CSV UTF-8.',
        ),
      );
    case 'xlsx': {
      const problem = inspectXlsxArchive(bytes, limits);
      return problem ? rejected(archiveIssue(file, problem, limits)) : readXlsx(bytes, file, limits);
    }
    case 'csv':
      return readCsv(bytes, file);
    default: {
      const unknown: never = format;
      throw new Error(`Unhandled format ${String(unknown)}`);
    }
  }
}

import { type FileCell, type FileCells, accountForColumns } from './file-cells';
import type { FileManifest } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';
import { RecordReader } from './long-layout.parser';

/**
 * JSON records by region code, `{ "GM0106": { "Woningvoorraad_35": 33215, … }, … }` (a third party's subset of a
 * TypedDataSet). Each record's fields are accounted for as a CSV header is; numbers stay numbers.
 */
export function readJsonRecords(text: string, manifest: FileManifest, file: string): FileCells {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = `the file is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { cells: [], skippedRegions: new Set(), problems: [{ file, row: null, column: null, value: null, message }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      cells: [],
      skippedRegions: new Set(),
      problems: [{ file, row: null, column: null, value: null, message: 'the file must be one JSON object of records by region code' }],
    };
  }
  const problems: FileProblem[] = [];
  const cells: FileCell[] = [];
  const reader = new RecordReader(manifest);
  for (const [key, record] of Object.entries(parsed)) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push({ file, row: key, column: null, value: null, message: 'the record is not a JSON object of fields' });
      continue;
    }
    const fields = record as Readonly<Record<string, unknown>>;
    const accounting = accountForColumns(Object.keys(fields), manifest, file, key);
    problems.push(...accounting);
    if (accounting.length > 0) continue;
    const field = (name: string): string | number | null => {
      const value = fields[name];
      if (value === null || typeof value === 'number' || typeof value === 'string') return value;
      return JSON.stringify(value) ?? null;
    };
    reader.read(key, field, { text: key, row: key, column: '(record key)' }, cells);
  }
  return { cells, skippedRegions: reader.skippedRegions, problems };
}

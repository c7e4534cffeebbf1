import { readCsvTable } from './csv-records.parser';
import type { FileCells } from './file-cells';
import type { FileManifest } from './file-manifest.types';
import { decodeFileText } from './file-text.parser';
import { readJsonRecords } from './json-records.parser';
import { readLongLayout } from './long-layout.parser';
import { readTransposedLayout, transposedHeaderRows } from './transposed-layout.parser';
import { readWideLayout } from './wide-layout.parser';

const NOTHING = new Set<string>();

/** A file's bytes → its cells, as its manifest says it is written (encoding, delimiter, layout). */
export function parseFile(bytes: Uint8Array, manifest: FileManifest, file: string): FileCells {
  const format = manifest.format;
  const decoded = decodeFileText(bytes, format.type === 'csv' ? format.encoding : 'utf-8', file);
  if (!decoded.ok) return { cells: [], skippedRegions: NOTHING, problems: [decoded.problem] };
  if (format.type === 'json-by-region') return readJsonRecords(decoded.text, manifest, file);
  const layout = format.layout;
  const headerRows = layout.kind === 'transposed' ? transposedHeaderRows(manifest).length : 1;
  const table = readCsvTable(decoded.text, format, headerRows, file);
  if (table.problems.length > 0 || table.header.length < headerRows) {
    return {
      cells: [],
      skippedRegions: NOTHING,
      problems:
        table.problems.length > 0
          ? table.problems
          : [
              {
                file,
                row: null,
                column: null,
                value: null,
                message: `the file has fewer than the ${headerRows} header rows its layout needs`,
              },
            ],
    };
  }
  switch (layout.kind) {
    case 'long':
      return readLongLayout(table.header[0]!, table.rows, manifest, file);
    case 'wide-by-period':
      return readWideLayout(table.header[0]!, table.rows, manifest, file);
    case 'transposed':
      return readTransposedLayout(table.header, table.rows, manifest, file);
    default: {
      const unknown: never = layout;
      throw new Error(`Unhandled layout ${JSON.stringify(unknown)}`);
    }
  }
}

import type { Writable } from 'node:stream';
import { writeChunk } from './stream-output';
import type { Cell, ColumnBatch, ColumnSpec, ColumnType } from './tabular.types';

function jsonCell(cell: Cell, type: ColumnType): string {
  if (cell === null) return 'null';
  // A json column holds JSON text (e.g. jsonb from PostgreSQL): a string here too, as in CSV, Arrow and Parquet.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : 'null';
  if ((type === 'number' || type === 'integer') && typeof cell === 'string') return cell === '' ? 'null' : String(Number(cell));
  return JSON.stringify(cell);
}

function jsonRows(columns: readonly ColumnSpec[], batch: ColumnBatch, first: boolean): string {
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);
  let text = '';
  for (let r = 0; r < batch.length; r++) {
    let row = first && r === 0 ? '\n{' : ',\n{';
    for (let c = 0; c < columns.length; c++) {
      row += (c > 0 ? ',' : '') + keys[c] + jsonCell(batch.columns[c]![r]!, columns[c]!.type);
    }
    text += row + '}';
  }
  return text;
}

/** A JSON array of row objects, written batch by batch. */
export async function writeJson(columns: readonly ColumnSpec[], batches: AsyncIterable<ColumnBatch>, out: Writable): Promise<void> {
  await writeChunk(out, '[');
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    await writeChunk(out, jsonRows(columns, batch, first));
    first = false;
  }
  await writeChunk(out, first ? ']\n' : '\n]\n');
}

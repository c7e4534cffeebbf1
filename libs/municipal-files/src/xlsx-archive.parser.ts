import { Inflate, unzipSync } from 'fflate';

/** Limits on what an XLSX (a ZIP archive) may expand to, checked before exceljs unpacks anything. */
export interface ArchiveLimits {
  readonly maxEntries: number;
  readonly maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed, checked once the archive expands past `ratioFloorBytes`. */
  readonly maxCompressionRatio: number;
  readonly ratioFloorBytes: number;
}

export type ArchiveProblem =
  | { readonly code: 'XLSX_UNREADABLE'; readonly detail: string }
  | { readonly code: 'XLSX_TOO_MANY_ENTRIES'; readonly entries: number }
  | { readonly code: 'XLSX_TOO_LARGE_UNCOMPRESSED'; readonly bytes: number }
  | { readonly code: 'XLSX_COMPRESSION_RATIO'; readonly ratio: number };

interface CentralEntry {
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** Feeding the inflater small slices bounds what one step can expand to (deflate tops out near 1:1032). */
const SLICE_BYTES = 4096;
const ZIP64_MARK = 0xffffffff;

/**
 * Zip-bomb guard. First the central directory as fflate lists it (entry count, declared sizes), then every entry
 * the directory points at is inflated in small slices and counted, stopping at the limit: declared sizes can lie,
 * and entries can overlap, so only counting what really comes out is safe. Nothing is kept in memory.
 */
export function inspectXlsxArchive(bytes: Uint8Array, limits: ArchiveLimits): ArchiveProblem | null {
  let declared = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries++;
        declared += info.originalSize;
        return false;
      },
    });
  } catch (error) {
    return { code: 'XLSX_UNREADABLE', detail: error instanceof Error ? error.message : String(error) };
  }
  if (entries > limits.maxEntries) return { code: 'XLSX_TOO_MANY_ENTRIES', entries };
  const declaredProblem = sizeProblem(declared, bytes.length, limits);
  if (declaredProblem) return declaredProblem;
  const central = readCentralDirectory(bytes);
  if (typeof central === 'string') return { code: 'XLSX_UNREADABLE', detail: central };
  return measureExpansion(bytes, central, limits);
}

function sizeProblem(uncompressed: number, compressed: number, limits: ArchiveLimits): ArchiveProblem | null {
  if (uncompressed > limits.maxUncompressedBytes) return { code: 'XLSX_TOO_LARGE_UNCOMPRESSED', bytes: uncompressed };
  const ratio = uncompressed / Math.max(1, compressed);
  if (uncompressed > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio)
    return { code: 'XLSX_COMPRESSION_RATIO', ratio: Math.round(ratio) };
  return null;
}

/** The central directory's entries (what JSZip, inside exceljs, unpacks), or a reason it cannot be read. */
function readCentralDirectory(bytes: Uint8Array): CentralEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return 'no end of central directory';
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const result: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return 'broken central directory';
    const entry = {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.declaredSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK)
      return 'ZIP64 entries';
    result.push(entry);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return result;
}

function measureExpansion(bytes: Uint8Array, entries: readonly CentralEntry[], limits: ArchiveLimits): ArchiveProblem | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      return { code: 'XLSX_UNREADABLE', detail: 'broken local header' };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const produced = expandedSize(entry.method, data, limits.maxUncompressedBytes - total);
    if (typeof produced === 'string') return { code: 'XLSX_UNREADABLE', detail: produced };
    total += produced;
    const problem = sizeProblem(total, bytes.length, limits);
    if (problem) return problem;
  }
  return null;
}

/** How many bytes an entry really expands to, counting no further than `budget` + one slice. */
function expandedSize(method: number, data: Uint8Array, budget: number): number | string {
  if (method === 0) return data.length;
  if (method !== 8) return `compression method ${method}`;
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length && produced <= budget; offset += SLICE_BYTES) {
      inflater.push(data.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= data.length);
    }
  } catch (error) {
    return `corrupt entry: ${error instanceof Error ? error.message : String(error)}`;
  }
  return produced;
}

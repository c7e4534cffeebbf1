import { createHash } from 'node:crypto';
import { decodeWindows1252 } from '@koers/municipal-files';
import type { FileEncoding } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';

/** The largest file a manifest may describe: the bundled ones are at most 600 kB, so this leaves ample room. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const BOM = [0xef, 0xbb, 0xbf];

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: FileProblem };

/**
 * The file's text in its declared encoding. UTF-8 may start with a byte-order mark and must be valid throughout;
 * ISO-8859-1 is read byte for byte (Buffer's `latin1`: WHATWG's TextDecoder would read it as Windows-1252).
 */
export function decodeFileText(bytes: Uint8Array, encoding: FileEncoding, file: string): DecodedText {
  switch (encoding) {
    case 'utf-8': {
      const body = BOM.every((byte, index) => bytes[index] === byte) ? bytes.subarray(3) : bytes;
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
      } catch {
        const message = 'the file is not valid UTF-8: declare its encoding (iso-8859-1 or windows-1252) in the manifest';
        return { ok: false, problem: { file, row: null, column: null, value: null, message } };
      }
    }
    case 'iso-8859-1':
      return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
    case 'windows-1252':
      return { ok: true, text: decodeWindows1252(bytes) };
    default: {
      const unknown: never = encoding;
      throw new Error(`Unhandled encoding ${String(unknown)}`);
    }
  }
}

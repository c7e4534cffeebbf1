export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
  /** Bytes before the text: 3 for a UTF-8 byte-order mark, else 0. */
  readonly bomBytes: number;
}

/**
 * UTF-8 (with or without a byte-order mark) is the format; a file that is not valid UTF-8 is read as Windows-1252,
 * which is what Excel's "CSV (gescheiden door lijstscheidingsteken)" writes on a Dutch Windows machine.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bomBytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bomBytes };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bomBytes };
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). The five undefined bytes stay C1 controls, as in WHATWG. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters (Node 20 with full ICU), which
 * would turn "–" and "€" into invisible controls; this table decodes them as Windows does.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** How much of the file's start is looked at to recognise UTF-16 without a byte-order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * UTF-16, which Excel writes as "Unicode-tekst (*.txt)": by its byte-order mark, or, without one, by the NUL that
 * every ASCII character carries on the same side (odd bytes for little-endian, even for big-endian).
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES));
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A character that does not occur in text, where it is: the byte offset in the file (from 0) and the line. */
export interface ControlCharacter {
  readonly code: number;
  readonly byteOffset: number;
  readonly line: number;
}

/** NUL and the C1 controls (0x80–0x9F) do not occur in text: a binary file with the wrong name, or damage. */
export function firstControlCharacter(decoded: DecodedText): ControlCharacter | null {
  const { text } = decoded;
  let index = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || (code >= 0x80 && code <= 0x9f)) {
      index = i;
      break;
    }
  }
  if (index === -1) return null;
  const before = text.slice(0, index);
  // Windows-1252 is one byte per character; UTF-8 is measured by encoding what comes before.
  const bytesBefore = decoded.encoding === 'utf-8' ? Buffer.byteLength(before, 'utf8') : before.length;
  const lineBreaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
  return { code: text.charCodeAt(index), byteOffset: decoded.bomBytes + bytesBefore, line: lineBreaks + 1 };
}

import { inflateSync } from 'node:zlib';

// The text of each page of a PDF that Chromium (Skia) printed, read without a PDF library: Skia writes plain
// objects (no object streams), Flate-compressed content streams, and fonts with a ToUnicode CMap, so a page's text is
// its hex glyph strings mapped through the CMap of the font in use. Enough to check what a printed report says —
// its summary, its page numbers — not a general PDF reader.

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2]!;
    const start = body.indexOf('stream');
    if (start < 0 || !/^stream\r?\n/.test(body.slice(start))) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, start);
    const dataStart = match.index + match[0].indexOf(body) + start + (body[start + 6] === '\r' ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return objects;
}

/** A ToUnicode CMap as glyph code → text. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(pair[1]!.toUpperCase(), unicode(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16), parseInt(range[3]!, 16)];
      for (let code = from; code <= to; code += 1)
        map.set(code.toString(16).toUpperCase().padStart(range[1]!.length, '0'), String.fromCodePoint(first + code - from));
    }
  }
  return map;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

/** The fonts a page's resources name (`/F4` → its glyph map). */
function pageFonts(objects: Map<number, PdfObject>, page: string): Map<string, Map<string, string>> {
  const resourcesRef = ref(page, 'Resources');
  const resources = Number.isNaN(resourcesRef) ? page : (objects.get(resourcesRef)?.dict ?? '');
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map<string, Map<string, string>>();
  for (const entry of fontDict.matchAll(/\/(\S+?) (\d+) 0 R/g)) {
    const font = objects.get(Number(entry[2]))?.dict ?? '';
    const cmap = objects.get(ref(font, 'ToUnicode'))?.stream;
    fonts.set(entry[1]!, cmap ? readCMap(cmap.toString('latin1')) : new Map());
  }
  return fonts;
}

/** The text a content stream shows: every BT … ET block, its hex strings through the font in use. */
function contentText(content: string, fonts: Map<string, Map<string, string>>): string {
  let font = new Map<string, string>();
  const parts: string[] = [];
  for (const token of content.matchAll(/\/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|(ET)/g)) {
    if (token[1]) font = fonts.get(token[1]) ?? new Map();
    else if (token[3]) parts.push(' ');
    else {
      const hex = token[2]!.toUpperCase();
      const width = [...font.keys()][0]?.length ?? 4;
      for (let i = 0; i < hex.length; i += width) parts.push(font.get(hex.slice(i, i + width)) ?? '');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text of every page of a PDF Chromium printed, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent /.test(o.dict));
  const order = (dict: string): number[] =>
    [...(/\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((m) => {
      const kid = objects.get(Number(m[1]))?.dict ?? '';
      return /\/Type \/Pages\b/.test(kid) ? order(kid) : [Number(m[1])];
    });
  return order(pagesRoot?.dict ?? '').map((id) => {
    const page = objects.get(id)?.dict ?? '';
    const contents = /\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
    return contentText(streams.join('\n'), pageFonts(objects, page));
  });
}

import { CopyTextParser, unescapeCopyText } from './copy-text.parser';
import type { ColumnSpec } from './tabular.types';

const specs: ColumnSpec[] = [
  { name: 'region', type: 'string', description: '' },
  { name: 'value', type: 'number', description: '' },
  { name: 'provisional', type: 'boolean', description: '' },
];

describe('CopyTextParser', () => {
  it('should undo COPY escapes when a field holds tabs, line ends or backslashes', () => {
    expect(unescapeCopyText('a\\tb\\nc\\\\d')).toBe('a\tb\nc\\d');
    expect(unescapeCopyText('\\101\\x42')).toBe('AB');
    expect(unescapeCopyText('plain')).toBe('plain');
  });

  it('should make batches of the given size when lines are split across chunks', () => {
    const parser = new CopyTextParser(specs, 2);
    const batches = [...parser.push(Buffer.from('GM0106\t70769\tf\nPV')), ...parser.push(Buffer.from('22\t\\N\tt\nNL01\t18130208.5\tf\n'))];
    expect(batches).toEqual([
      {
        length: 2,
        columns: [
          ['GM0106', 'PV22'],
          [70769, null],
          [false, true],
        ],
      },
    ]);
    expect(parser.end()).toEqual({ length: 1, columns: [['NL01'], [18130208.5], [false]] });
  });

  it('should keep a multi-byte character whole when a chunk ends inside it', () => {
    const parser = new CopyTextParser(specs, 10);
    const bytes = Buffer.from('Wijk ’t Loo\t1\tf\n');
    const cut = bytes.indexOf(0x80);
    expect([...parser.push(bytes.subarray(0, cut)), ...parser.push(bytes.subarray(cut))]).toEqual([]);
    expect(parser.end().columns[0]).toEqual(['Wijk ’t Loo']);
  });

  it('should refuse a row when its field count is wrong', () => {
    const parser = new CopyTextParser(specs, 10);
    expect(() => parser.push(Buffer.from('GM0106\t1\n'))).toThrow(/2 fields, expected 3/);
  });
});

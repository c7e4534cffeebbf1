import { decodeFileText, sha256Of } from './file-text.parser';

describe('decodeFileText', () => {
  it.each<[string, number[], Parameters<typeof decodeFileText>[1], string]>([
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xab], 'utf-8', 'Aë'],
    ['UTF-8 without one', [0x41, 0xc3, 0xab], 'utf-8', 'Aë'],
    ['ISO-8859-1 byte for byte', [0x41, 0xeb, 0x96], 'iso-8859-1', 'Aë\u0096'],
    ['Windows-1252 with its 0x80–0x9F letters', [0x80, 0x96, 0xeb], 'windows-1252', '€–ë'],
  ])('should read %s', (_what, bytes, encoding, text) => {
    expect(decodeFileText(new Uint8Array(bytes), encoding, 'f.csv')).toEqual({ ok: true, text });
  });

  it('should refuse bytes that are not UTF-8 when the manifest declares UTF-8', () => {
    const decoded = decodeFileText(new Uint8Array([0x41, 0xeb, 0x42]), 'utf-8', 'f.csv');
    expect(decoded).toEqual({
      ok: false,
      problem: {
        file: 'f.csv',
        row: null,
        column: null,
        value: null,
        message: 'the file is not valid UTF-8: declare its encoding (iso-8859-1 or windows-1252) in the manifest',
      },
    });
  });
});

describe('sha256Of', () => {
  it('should give the hex digest sha256sum gives when hashing bytes', () => {
    expect(sha256Of(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

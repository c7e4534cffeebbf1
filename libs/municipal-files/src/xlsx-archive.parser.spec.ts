import { zipSync } from 'fflate';
import { DEFAULT_FILE_LIMITS } from './file-limits';
import { inspectXlsxArchive } from './xlsx-archive.parser';
import { fixtureBytes } from './test-support/municipal-fixtures';

describe('inspectXlsxArchive', () => {
  it('should pass a normal workbook when it stays within every limit', () => {
    expect(inspectXlsxArchive(fixtureBytes('ok/vacancy.xlsx'), DEFAULT_FILE_LIMITS)).toBeNull();
  });

  it('should refuse the archive on its compression ratio when 20 MB of zeros deflate to 20 KB', () => {
    expect(inspectXlsxArchive(fixtureBytes('not-ok/zip-bomb.xlsx'), DEFAULT_FILE_LIMITS)).toMatchObject({ code: 'XLSX_COMPRESSION_RATIO' });
  });

  it('should count what really comes out when the archive declares its sizes falsely', () => {
    const bytes = fixtureBytes('not-ok/zip-bomb-lying-sizes.xlsx');
    expect(inspectXlsxArchive(bytes, DEFAULT_FILE_LIMITS)).toMatchObject({ code: 'XLSX_COMPRESSION_RATIO' });
    const noRatio = { ...DEFAULT_FILE_LIMITS, maxCompressionRatio: Number.MAX_SAFE_INTEGER, maxUncompressedBytes: 5 * 1024 * 1024 };
    expect(inspectXlsxArchive(bytes, noRatio)).toMatchObject({ code: 'XLSX_TOO_LARGE_UNCOMPRESSED' });
  });

  it('should refuse the archive when it has more entries than allowed', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`x/${i}.xml`, new Uint8Array([60, 97, 47, 62])]));
    expect(inspectXlsxArchive(zipSync(files), { ...DEFAULT_FILE_LIMITS, maxEntries: 20 })).toEqual({
      code: 'XLSX_TOO_MANY_ENTRIES',
      entries: 30,
    });
  });

  it('should call the file unreadable when it only starts like a ZIP', () => {
    expect(inspectXlsxArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), DEFAULT_FILE_LIMITS)).toMatchObject({
      code: 'XLSX_UNREADABLE',
    });
  });
});

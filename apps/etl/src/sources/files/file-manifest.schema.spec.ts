import { readFileSync } from 'node:fs';
import { readManifest } from './file-manifest.schema';
import { FileSourceError } from './file-source.exception';
import { findManifests } from './manifest-folder.parser';
import { BUNDLED_FILES, bundledManifestJson } from './test-support/fixture-files';

const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';

function problemsOf(json: unknown): string {
  try {
    readManifest(json, 'test.manifest.json');
  } catch (error) {
    if (error instanceof FileSourceError && error.code === 'MANIFEST_INVALID') return error.message;
    throw error;
  }
  return '';
}

describe('readManifest', () => {
  it('should read every bundled manifest when they are as committed', async () => {
    const paths = await findManifests(BUNDLED_FILES);
    expect(paths.length).toBeGreaterThanOrEqual(20);
    for (const path of paths) expect(() => readManifest(JSON.parse(readFileSync(path, 'utf8')), path)).not.toThrow();
  });

  it('should name every wrong field at once when a manifest has several mistakes', () => {
    const good = bundledManifestJson('81955NED', F81955);
    const format = { ...(good['format'] as object), delimeter: ';' };
    const measures = [{ column: 'Nieuwbouw', decimals: 0, bind: [{ measure: 'new_builds' }] }];
    const message = problemsOf({ ...good, evidence: 'cbs', sha256: 'ABC', publishedAt: '2025-02-30', format, measures });
    expect(message.split('\n')).toEqual([
      'test.manifest.json: the manifest is not valid:',
      '  - sha256: must be 64 lower-case hexadecimal digits',
      '  - publishedAt: "2025-02-30" is not a date (YYYY-MM-DD)',
      '  - evidence: must be one of "cbs-export", "third-party", "transcribed", is string "cbs"',
      '  - format.delimeter: is not a manifest field here (known: type, encoding, delimiter, decimalSeparator, titleLines, footerLines, layout)',
      '  - measures[0].bind[0].measure: "new_builds" is not a measure of the catalogue (libs/indicators/src/measures)',
      '  - measures[0].unit: must be a non-empty string, is nothing',
    ]);
  });

  it('should refuse fields that do not fit the layout when they are each fine alone', () => {
    const good = bundledManifestJson('81955NED', F81955);
    const measures = [{ topic: 'Nieuwbouw', unit: 'aantal', decimals: 0, bind: [{ measure: 'new_build_dwellings', where: { SBI: 'A' } }] }];
    expect(
      problemsOf({ ...good, measures, period: { from: 'header', labels: { kind: 'year' } } })
        .split('\n')
        .slice(1),
    ).toEqual([
      '  - period.from: "header" is the period source of a wide-by-period file, and only of one',
      '  - measures[0].column: is needed: in this layout a measure is a column',
      '  - measures[0].topic: does not apply: this layout has no topic rows',
      '  - measures[0].bind[0].where.SBI: "SBI" is not a declared dimension',
    ]);
  });

  it('should refuse a fixed period that is no CBS period code', () => {
    const good = bundledManifestJson('81955NED', F81955);
    expect(problemsOf({ ...good, period: { from: 'fixed', code: '2024' } })).toContain('period.code: "2024" is not a CBS period code');
  });
});

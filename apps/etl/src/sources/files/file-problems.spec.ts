import { mapDescribedFile } from './file-table.job';
import { FileSourceError, formatProblem } from './file-source.exception';
import { type FixtureOptions, fixture } from './test-support/fixture-files';
import { snapshotRegions } from './test-support/snapshot-regions';

const REGIONS = { load: async () => snapshotRegions() };
const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';
const GEO = 'gemeenten_properties_2012-2024_GM0106_peers.csv';

function problemsOf(name: string, folder: string, bundled: string, options: FixtureOptions = {}) {
  return mapDescribedFile(fixture('not-ok', name, folder, bundled, options), REGIONS).then((mapped) => {
    expect(mapped.observations.length === 0 || mapped.problems.length > 0).toBe(true);
    return mapped.problems.map(formatProblem);
  });
}

// Each fixture is a real file with one minimal edit (__fixtures__/README.md); each problem names file, row, column, value.
describe('file sources: malformed files', () => {
  it('should say the header does not split on the declared delimiter when a comma file was saved with semicolons', async () => {
    expect(
      await problemsOf('37230ned-semicolons.csv', '37230ned', 'Bevolkingsontwikkeling__regio_per_maand_04062025_144448_Assen_peers.csv'),
    ).toEqual([
      '37230ned-semicolons.csv, row 1, column "(header)", value "Regio\'s;Onderwerp;2012;2016;2020;2024": the header does not split on the declared delimiter "," (it splits on ";": declare delimiter ";" if the file is right)',
    ]);
  });

  it('should name the row of a region name no known region has when a name is misspelt', async () => {
    expect(await problemsOf('81955NED-unknown-region.csv', '81955NED', F81955)).toEqual([
      '81955NED-unknown-region.csv, row 14, column "Regio\'s", value "Hoogevene": no known region has this name: give the manifest an alias, or list the label under regions.skip with why',
    ]);
  });

  it('should refuse text in a number column that is no CBS symbol when a cell says "n.b."', async () => {
    expect(await problemsOf('81955NED-text-in-number.csv', '81955NED', F81955)).toEqual([
      '81955NED-text-in-number.csv, row 2, column "Nieuwbouw", value "n.b.": not a number and not a CBS symbol (. x - ?)',
    ]);
  });

  it('should name the row of a period label that does not parse when "2010 december*" became "2010 dec*"', async () => {
    expect(await problemsOf('81402ned-bad-period.csv', '81402ned', 'Banen_van_werknemers_Assen_peers.csv')).toEqual([
      '81402ned-bad-period.csv, row 394, column "Periode", value "2010 dec*": the period is not a label of kind "year" (with the word "december"), such as 2024, 2024* or a CBS code',
    ]);
  });

  it("should refuse a file whose sha256 is not its manifest's when one value changed", async () => {
    const described = fixture('not-ok', '70262ned-changed.csv', '70262ned', 'bodemgebruik_2015_GM0106_peers.csv', { keepSha256: true });
    const error = await mapDescribedFile(described, REGIONS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileSourceError);
    expect((error as FileSourceError).code).toBe('SHA256_MISMATCH');
    expect((error as FileSourceError).message).toMatch(
      /^70262ned-changed\.csv: the file has sha256 [0-9a-f]{64}, its manifest says e99e71e77868da67ea053309f74f63ff26a534d0289fdf872e50b97c12b7764a\. The file changed/,
    );
  });

  it('should catch a renamed column from both sides when gem_aardgas is headed gem_gas', async () => {
    expect(await problemsOf('geoinzicht-renamed-column.csv', 'geoinzicht-kwb-gemeenten', GEO)).toEqual([
      'geoinzicht-renamed-column.csv, row 1, column "gem_gas", value "gem_gas": the manifest does not account for this column: load it as a measure or list it under ignoredColumns',
      'geoinzicht-renamed-column.csv, row 1, column "gem_aardgas": the manifest names this column, the file does not have it',
    ]);
  });

  it('should name both rows when a repeated figure differs', async () => {
    expect(await problemsOf('geoinzicht-conflicting-duplicate.csv', 'geoinzicht-kwb-gemeenten', GEO)).toEqual([
      'geoinzicht-conflicting-duplicate.csv, row 13, column "pct_natuur", value "14.8": a second figure for GM0106 2017JJ00 that differs from row 8 (14.75)',
    ]);
  });

  it('should refuse a region code the database does not know when the file gives no name for it', async () => {
    expect(
      await problemsOf('kwb-2024-subset-unknown-code.json', 'kwb-2024-subset', 'stripped_filtered_data_2024_GM0106_peers.json'),
    ).toEqual([
      'kwb-2024-subset-unknown-code.json, record "WK010609", column "(record key)", value "WK010609": the database does not know this region and the file gives no name for it',
    ]);
  });

  it('should list every problem of the file in the error a load fails with', () => {
    const problems = [{ file: 'f.csv', row: 3, column: 'x', value: '?!', message: 'not a number' }];
    const error = FileSourceError.ofProblems('f.csv', problems);
    expect(error.code).toBe('FILE_PROBLEMS');
    expect(error.message).toBe('f.csv: 1 problem(s); nothing of it was loaded:\n  - f.csv, row 3, column "x", value "?!": not a number');
  });
});

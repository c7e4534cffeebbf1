import { MEASURES } from '../measures/measure.catalogue';
import { UPLOAD_FALLBACK_RANK, catalogueTableKey, catalogueTables, cbsTableReads, firstTableRank, tableRefsOf } from './catalogue-tables';

describe('the catalogue-to-table rule', () => {
  it('should read a summed measure once per code of its dimension when the CBS tables are listed', () => {
    // population_age_15_74: 03759ned M000352 at Geslacht T001038, BurgerlijkeStaat T001019, summed over ages 15–74.
    const table = cbsTableReads().find((entry) => entry.tableId === '03759ned')!;
    const reads = table.reads.filter((read) => read.name === 'population_age_15_74');
    expect(table.api).toBe('v4');
    expect(reads).toHaveLength(60);
    expect(reads[0]).toEqual({
      name: 'population_age_15_74',
      key: 'M000352',
      keyStem: null,
      dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: expect.any(String) },
    });
    expect(new Set(reads.map((read) => read.dimensions['Leeftijd'])).size).toBe(60);
  });

  it('should leave files to their manifests and name each OData table once when the CBS tables are listed', () => {
    const ids = cbsTableReads().map((table) => table.tableId);
    expect(ids).not.toContain('81402ned');
    expect(new Set(ids.map((id) => id.toUpperCase())).size).toBe(ids.length);
    // new_build_dwellings: 86098NED first, then the discontinued 81955NED that points to it.
    expect(cbsTableReads().find((table) => table.tableId === '81955NED')).toMatchObject({ successor: '86098NED' });
  });

  it('should put a measure the municipality uploads after its upload and a plain CBS measure first when ranking tables', () => {
    expect(firstTableRank(MEASURES.jobs_sbi_Q)).toBe(UPLOAD_FALLBACK_RANK);
    expect(tableRefsOf(MEASURES.jobs_sbi_Q).map((ref) => ref.tableId)).toEqual(['81402ned']);
    expect(firstTableRank(MEASURES.new_build_dwellings)).toBe(0);
    expect(
      tableRefsOf(MEASURES.new_build_dwellings)
        .map((ref) => `${ref.api}:${ref.tableId}`)
        .slice(0, 3),
    ).toEqual(['v3:86098NED', 'v3:81955NED', 'file:81955NED']);
  });

  it('should give every table and upload kind its measures once when the catalogue is read by table', () => {
    const tables = catalogueTables();
    expect(tables.get(catalogueTableKey('municipal-file', 'employment'))?.measures).toContain('jobs_sbi_Q');
    expect(tables.get(catalogueTableKey('file', '81402ned'))?.measures).toContain('jobs_sbi_Q');
    expect(tables.get(catalogueTableKey('file', '81955NED'))?.measures).toEqual(['dwellings_stock', 'new_build_dwellings']);
    expect(catalogueTableKey('cbs-v3', '81955NED')).toBe(catalogueTableKey('cbs-v4', '81955ned'));
  });
});

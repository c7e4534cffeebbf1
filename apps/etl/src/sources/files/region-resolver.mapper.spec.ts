import type { RegionSpec } from './file-manifest.types';
import { type KnownRegion, RegionResolver } from './region-resolver.mapper';

const KNOWN: KnownRegion[] = [
  { code: 'NL00', name: 'Nederland', level: 'land' },
  { code: 'NL01', name: 'Nederland', level: 'land' },
  { code: 'LD01', name: 'Noord-Nederland (LD)', level: 'landsdeel' },
  { code: 'PV22', name: 'Drenthe (PV)', level: 'provincie' },
  { code: 'PV20', name: 'Groningen', level: 'provincie' },
  { code: 'GM0014', name: 'Groningen', level: 'gemeente' },
  { code: 'GM0106', name: 'Assen', level: 'gemeente' },
];
const BY_NAME: RegionSpec = { column: "Regio's", kind: 'name', nameColumn: null, aliases: [], skip: [], include: null, boundaryYear: null };

describe('RegionResolver', () => {
  it.each<[string, string]>([
    ['Assen', 'GM0106'],
    ['  Assen ', 'GM0106'],
    ['assen', 'GM0106'],
    ['Drenthe (PV)', 'PV22'],
    ['Noord-Nederland (LD)', 'LD01'],
    ['Groningen (gemeente)', 'GM0014'],
    ['Groningen (PV)', 'PV20'],
  ])('should turn the name %p into %s when exactly one known region fits', (label, code) => {
    expect(new RegionResolver(KNOWN, BY_NAME).resolve(label)).toEqual({ ok: true, code });
  });

  it('should ask for an alias when a name fits several regions', () => {
    expect(new RegionResolver(KNOWN, BY_NAME).resolve('Nederland')).toEqual({
      ok: false,
      reason: 'the name fits several known regions (NL00, NL01): give the manifest an alias',
    });
    expect(new RegionResolver(KNOWN, BY_NAME).resolve('Groningen')).toMatchObject({ ok: false });
  });

  it("should follow the manifest's alias first, also to a code the database does not know yet", () => {
    const spec = {
      ...BY_NAME,
      aliases: [
        { label: 'Nederland', code: 'NL01', reason: 'r' },
        { label: 'Noord-Nederland (LD)', code: 'LD99', reason: 'r' },
      ],
    };
    const resolver = new RegionResolver(KNOWN, spec);
    expect(resolver.resolve('Nederland')).toEqual({ ok: true, code: 'NL01' });
    expect(resolver.resolve('Noord-Nederland (LD)')).toEqual({ ok: true, code: 'LD99' });
    expect(resolver.isKnown('LD99')).toBe(false);
  });

  it('should trim CBS padding off a code when regions are codes', () => {
    expect(new RegionResolver(KNOWN, { ...BY_NAME, kind: 'code' }).resolve('GM0106    ')).toEqual({ ok: true, code: 'GM0106' });
  });

  it('should refuse a name no known region has', () => {
    expect(new RegionResolver(KNOWN, BY_NAME).resolve('Asen')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no known region has this name'),
    });
  });
});

import { judgedRegionOf, liesWithin } from './indicator-region';

describe('liesWithin', () => {
  it.each([
    ['GM0106', 'GM0106', true],
    ['WK010600', 'GM0106', true],
    ['BU01060001', 'GM0106', true],
    ['WK010600', 'GM0114', false],
    ['WK011400', 'GM0114', true],
    ['GM0114', 'GM0106', false],
    ['PV22', 'GM0106', false],
    ['WK01060', 'GM0106', false],
  ])('should say whether %s lies in %s when asked (%s)', (code, municipality, expected) => {
    expect(liesWithin(code, municipality)).toBe(expected);
  });
});

describe('judgedRegionOf', () => {
  it('should judge the primary wijk when it lies in the monitored municipality', () => {
    expect(judgedRegionOf({ primaryRegion: 'WK010600' }, 'GM0106')).toBe('WK010600');
  });

  it('should judge the municipality when the primary wijk lies in another municipality', () => {
    expect(judgedRegionOf({ primaryRegion: 'WK010600' }, 'GM0114')).toBe('GM0114');
  });

  it('should judge the municipality when the indicator names no primary region', () => {
    expect(judgedRegionOf({}, 'GM0114')).toBe('GM0114');
  });
});

import { parseCbsTimestamp } from './cbs-timestamp';

describe('parseCbsTimestamp', () => {
  it.each([
    ['2021-03-26T02:00:00', '2021-03-26T01:00:00.000Z'], // winter time, UTC+1
    ['2025-07-01T02:00:00', '2025-07-01T00:00:00.000Z'], // summer time, UTC+2
    ['2026-07-02T10:00:00+02:00', '2026-07-02T08:00:00.000Z'],
    ['2026-07-02T08:00:00Z', '2026-07-02T08:00:00.000Z'],
  ])('should read %s as %s', (raw, expected) => {
    expect(parseCbsTimestamp(raw).toISOString()).toBe(expected);
  });

  it('should refuse text that is no timestamp', () => {
    expect(() => parseCbsTimestamp('gisteren')).toThrow('"gisteren" is not a CBS timestamp');
  });
});

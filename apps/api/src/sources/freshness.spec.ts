import { freshnessOf, releaseIntervalDays } from './freshness';

// 03759ned: Frequency "Per jaar", Modified 2026-06-23T00:00:00+02:00 (shared/data/cbs-v4/03759ned/properties.json).
const modified = new Date('2026-06-23T00:00:00+02:00');
const at = (iso: string) => new Date(iso);

describe('freshness', () => {
  it.each([
    ['Per jaar', 365],
    ['Perjaar', 365],
    ['Perkwartaal', 91],
    ['Per maand', 30],
    ['Onregelmatig', null],
    ['Eenmalig', null],
    [null, null],
  ])('should read %p as %p days when parsing the frequency', (frequency, days) => {
    expect(releaseIntervalDays(frequency)).toBe(days);
  });

  it('should be fresh before the next release, due in the grace period and overdue after it when yearly', () => {
    const base = { frequency: 'Per jaar', status: 'active' as const, sourceModified: modified, lastSuccess: null };
    expect(freshnessOf({ ...base, now: at('2027-01-01T00:00:00Z') })).toEqual({
      freshness: 'fresh',
      nextExpectedRelease: at('2027-06-22T22:00:00Z'),
    });
    expect(freshnessOf({ ...base, now: at('2027-06-22T22:00:00Z') }).freshness).toBe('due');
    // 365 / 4 = 91.25 days of grace after 2027-06-22T22:00Z: 8 + 31 + 31 + 21.25 days, to 2027-09-22T04:00Z.
    expect(freshnessOf({ ...base, now: at('2027-09-22T03:59:59Z') }).freshness).toBe('due');
    expect(freshnessOf({ ...base, now: at('2027-09-22T04:00:00Z') }).freshness).toBe('overdue');
  });

  it('should use the last successful run when the source gives no Modified date', () => {
    const result = freshnessOf({
      frequency: 'Permaand',
      status: 'active',
      sourceModified: null,
      lastSuccess: at('2026-01-01T00:00:00Z'),
      now: at('2026-01-20T00:00:00Z'),
    });
    expect(result).toEqual({ freshness: 'fresh', nextExpectedRelease: at('2026-01-31T00:00:00Z') });
  });

  it('should be unknown when irregular and discontinued when CBS stopped the table', () => {
    // 84799NED: Frequency "Onregelmatig" (shared/data/cbs/84799NED/Metadata.json).
    expect(
      freshnessOf({
        frequency: 'Onregelmatig',
        status: 'active',
        sourceModified: at('2021-03-26T02:00:00Z'),
        lastSuccess: null,
        now: at('2026-01-01T00:00:00Z'),
      }).freshness,
    ).toBe('unknown');
    expect(
      freshnessOf({
        frequency: 'Per jaar',
        status: 'discontinued',
        sourceModified: modified,
        lastSuccess: null,
        now: at('2026-01-01T00:00:00Z'),
      }).freshness,
    ).toBe('discontinued');
  });
});

import { calendarDayIn as todayIn } from '@koers/indicators';
import { parseUploadPeriod, periodOfDay, periodOfYear } from './municipal-period';

describe('municipal periods', () => {
  it('should give the year code and keep the day when a stock is counted on a peildatum', () => {
    expect(periodOfDay('2024-01-01')).toEqual({ code: '2024JJ00', start: '2024-01-01', end: '2024-01-01' });
  });

  it('should span the calendar year when only the year is known', () => {
    expect(periodOfYear(2023)).toEqual({ code: '2023JJ00', start: '2023-01-01', end: '2023-12-31' });
  });

  it.each([
    ['2024JJ00', '2024JJ00', '2024-01-01', '2024-12-31'],
    ['2024KW01', '2024KW01', '2024-01-01', '2024-03-31'],
    ['2024KW04', '2024KW04', '2024-10-01', '2024-12-31'],
    ['2024MM02', '2024MM02', '2024-02-01', '2024-02-29'],
    ['2023mm02', '2023MM02', '2023-02-01', '2023-02-28'],
  ])('should read %s with its calendar dates when it is a year, quarter or month code', (raw, code, start, end) => {
    expect(parseUploadPeriod(raw)).toEqual({ code, start, end });
  });

  it.each([['2024MM13'], ['2024KW05'], ['2024JJ01'], ['2024Q1'], ['2024'], ['2024W101']])(
    'should refuse %s when it is not an accepted CBS code',
    (raw) => {
      expect(parseUploadPeriod(raw)).toBeNull();
    },
  );

  it('should use the municipality time zone when deciding which day it is', () => {
    expect(todayIn(new Date('2024-12-31T23:30:00Z'), 'Europe/Amsterdam')).toBe('2025-01-01');
    expect(todayIn(new Date('2024-12-31T23:30:00Z'), 'UTC')).toBe('2024-12-31');
  });
});

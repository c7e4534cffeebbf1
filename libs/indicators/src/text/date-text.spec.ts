import { dayText } from './date-text';

describe('dayText', () => {
  it.each([
    ['2026-06-23', 'nl', '23 juni 2026'],
    ['2026-06-23', 'en', '23 June 2026'],
    ['2025-01-01', 'nl', '1 januari 2025'],
    ['2024-12-31', 'en', '31 December 2024'],
  ] as const)('should write %s in %s as %s when a sentence names the day', (day, lang, expected) => {
    expect(dayText(day, lang)).toBe(expected);
  });
});

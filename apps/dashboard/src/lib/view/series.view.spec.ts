import type { LineageEntry } from '@koers/api-contracts';
import { isExampleData, isExampleFile } from './series.view';

const entry = (uploadedFile: LineageEntry['uploadedFile']) => ({ uploadedFile }) as LineageEntry;

describe('example data', () => {
  it.each([
    ['vacancy-assen-voorbeelddata.csv', true],
    ['Leegstand-VOORBEELDDATA.xlsx', true],
    ['leegstand-2025.csv', false],
  ])('should call file %p illustrative: %p', (name, expected) => {
    expect(isExampleFile(name)).toBe(expected);
  });

  it('should mark figures as example data when one of their files is illustrative', () => {
    const file = (name: string) => ({ id: '1', name, uploadedAt: '2026-01-01T00:00:00Z' });
    expect(isExampleData([entry(null), entry(file('vacancy-assen-voorbeelddata.csv'))])).toBe(true);
    expect(isExampleData([entry(null), entry(file('leegstand-2025.csv'))])).toBe(false);
    expect(isExampleData([])).toBe(false);
  });
});

import { point } from '@koers/api-contracts/testing';
import { yearlyValues } from './series.view';

describe('yearlyValues', () => {
  it('should give the yearly figures with their marks, oldest first, when the series has other periods too', () => {
    const values = yearlyValues([
      point(2024, 3, { demo: true, suspect: ['x:jump'] }),
      { ...point(2024, 9), period: '2024MM03' },
      point(2023, null),
      point(2022, 1),
    ]);
    expect(values.map((v) => [v.year, v.value, v.demo, v.suspect])).toEqual([
      [2022, 1, false, false],
      [2024, 3, true, true],
    ]);
  });
});

import { point } from '@koers/api-contracts/testing';
import { figureAndPrevious, latestAndPrevious, yearlyValues } from './series.view';

describe('yearlyValues', () => {
  it('should give the yearly figures with their marks, oldest first, when the series has other periods too', () => {
    const values = yearlyValues([point(2024, 3, { demo: true, suspect: ['x:jump'] }), { ...point(2024, 9), period: '2024MM03' }, point(2023, null), point(2022, 1)]);
    expect(values.map((v) => [v.year, v.value, v.demo, v.suspect])).toEqual([
      [2022, 1, false, false],
      [2024, 3, true, true],
    ]);
  });
});

describe('latestAndPrevious', () => {
  it('should give the change from the year before when both are comparable', () => {
    expect(latestAndPrevious([point(2023, 10), point(2024, 12)])).toMatchObject({ latest: { year: 2024 }, previous: { year: 2023 }, change: 2 });
  });

  it.each([
    ['the year before is missing', [point(2022, 10), point(2024, 12)]],
    ['a break lies between them', [point(2023, 10), point(2024, 12, { breakBefore: true })]],
    ['one is voorbeelddata and the other is not', [point(2023, 10), point(2024, 12, { demo: true })]],
  ])('should give no previous and no change when %s', (_case, series) => {
    expect(latestAndPrevious(series)).toMatchObject({ latest: { year: 2024 }, previous: null, change: null });
  });
});

describe('figureAndPrevious', () => {
  it('should give the newest figure up to the report year when later years exist', () => {
    expect(figureAndPrevious([point(2022, 1), point(2023, 2), point(2024, 3)], 2023)).toMatchObject({ latest: { year: 2023 }, previous: { year: 2022 } });
  });
});

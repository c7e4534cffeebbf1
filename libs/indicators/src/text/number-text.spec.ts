import { numberText, percentText, roundTo } from './number-text';

describe('numberText', () => {
  it.each([
    [67963, 0, 'nl', '67.963'],
    [67963, 0, 'en', '67,963'],
    [1350, 0, 'nl', '1.350'],
    [-33300, 0, 'nl', '−33.300'],
    [-33300, 0, 'en', '−33,300'],
    [0.875, 2, 'nl', '0,88'],
    [0.875, 3, 'en', '0.875'],
    [1016.0714, 0, 'nl', '1.016'],
    [17942942, 0, 'nl', '17.942.942'],
    [-0.0001, 1, 'nl', '0,0'],
    [250, 0, 'nl', '250'],
  ] as const)('should write %p with %p decimals in %s as %p', (value, decimals, lang, text) => {
    expect(numberText(value, decimals, lang)).toBe(text);
  });

  it('should write a growth rate as a percentage with a real minus sign', () => {
    expect(percentText(-0.0552474, 2, 'nl')).toBe('−5,52%');
    expect(percentText(0.004, 1, 'en')).toBe('0.4%');
  });
});

describe('roundTo', () => {
  it.each([
    [0.875, 2, 0.88],
    [10.549295774647888, 1, 10.5],
    [1016.0714, 0, 1016],
    [-2.25, 1, -2.3],
    [70769, 0, 70769],
  ])('should round %p to %p decimals as %p', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
  });
});

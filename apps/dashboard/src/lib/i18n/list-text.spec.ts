import { listText } from './list-text';

describe('listText', () => {
  it.each([
    [[], 'nl', ''],
    [['Nederland'], 'nl', 'Nederland'],
    [['Drenthe', 'Nederland'], 'nl', 'Drenthe en Nederland'],
    [['Assen', 'Hoogeveen', 'Drenthe', 'Nederland'], 'nl', 'Assen, Hoogeveen, Drenthe en Nederland'],
    [['Drenthe', 'the Netherlands'], 'en', 'Drenthe and the Netherlands'],
  ] as const)('should write %j as a %s sentence writes it', (names, lang, expected) => {
    expect(listText(names, lang)).toBe(expected);
  });
});

import { FilterSyntaxError, filterFields, matches, parseFilter } from './odata-filter.parser';

const row = { WijkenEnBuurten: 'GM0106    ', Perioden: '2019JJ00', RegioS: 'NL01  ', Value: 12.5, Measure: 'M000352' };

describe('OData $filter parser', () => {
  it.each<[string, boolean]>([
    ["WijkenEnBuurten eq 'GM0106    '", true],
    ["WijkenEnBuurten eq 'GM0106'", false],
    ["(WijkenEnBuurten eq 'GM0034    ') or (WijkenEnBuurten eq 'GM0106    ')", true],
    ['WijkenEnBuurten eq "GM0106    "', true],
    ["startswith(WijkenEnBuurten,'GM01')", true],
    ["startswith(WijkenEnBuurten,'BU')", false],
    ["substringof('JJ',Perioden)", true],
    ["substringof('KW', Perioden)", false],
    ["contains(Perioden,'JJ')", true],
    ["endswith(RegioS,'  ')", true],
    ["substring(Perioden,0,4) ge '2010'", true],
    ["substring(Perioden,4,2) eq 'JJ'", true],
    ["Perioden ge '2019JJ00' and Perioden lt '2020'", true],
    ["Perioden gt '2019JJ00'", false],
    ["not (Perioden eq '2019JJ00')", false],
    ["Perioden ne '2020JJ00'", true],
    ["Measure in ('M000297','M000352')", true],
    ['Value gt 12', true],
    ['Value le 12', false],
    ["trim(RegioS) eq 'NL01'", true],
    ["tolower(Measure) eq 'm000352'", true],
    ["Measure eq 'it''s'", false],
    ["((WijkenEnBuurten eq 'GM0106    ') and (Perioden eq '2019JJ00')) or Measure eq 'x'", true],
  ])('should evaluate %p to %p when applied to a recorded row', (filter, expected) => {
    expect(matches(parseFilter(filter), row)).toBe(expected);
  });

  it.each(["WijkenEnBuurten eq 'GM0106", 'WijkenEnBuurten eq', "Perioden eq '2019' and", "Perioden ! '2019'", "(Perioden eq '2019'"])(
    'should reject %p when the filter is malformed',
    (filter) => {
      expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
    },
  );

  it('should list the fields a filter reads when it uses functions and comparisons', () => {
    expect([...filterFields(parseFilter("startswith(RegioS,'GM') and substring(Perioden,0,4) ge '2010'"))].sort()).toEqual([
      'Perioden',
      'RegioS',
    ]);
  });
});

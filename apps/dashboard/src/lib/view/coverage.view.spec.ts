import { reasonHref, sourceLabel, yearSpans } from './coverage.view';

describe('reasonHref', () => {
  it.each([
    [
      'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85618NED/table',
      'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85618NED/table',
    ],
    ['/api/v1/uploads/templates/vacancy.xlsx', '/api/v1/uploads/templates/vacancy.xlsx'],
    ['/uploads/templates/vacancy.xlsx', '/api/v1/uploads/templates/vacancy.xlsx'],
    ['uploads/templates/vacancy.xlsx', '/api/v1/uploads/templates/vacancy.xlsx'],
  ])('should send %p to %p when a reason links there', (href, expected) => {
    expect(reasonHref(href)).toBe(expected);
  });
});

describe('sourceLabel', () => {
  it.each([
    ['cbs:03759ned', 'CBS 03759ned'],
    ['cbs-v3:84799NED', 'CBS 84799NED'],
    ['cbs-v4:03759ned', 'CBS 03759ned'],
    ['rivm:50090NED', 'RIVM 50090NED'],
    ['municipal-file:vacancy', 'gemeente vacancy'],
    ['somefile', 'somefile'],
  ])('should write %p as %p', (source, expected) => {
    expect(sourceLabel(source)).toBe(expected);
  });
});

describe('yearSpans', () => {
  it.each([
    [[2014, 2015, 2016, 2017], '2014–2017'],
    [[2016, 2018, 2020, 2022], '2016, 2018, 2020, 2022'],
    [[2019, 2020], '2019, 2020'],
    [[2024, 2013, 2014, 2015, 2020, 2020], '2013–2015, 2020, 2024'],
    [[], ''],
  ])('should write years %p as %p', (years, expected) => {
    expect(yearSpans(years)).toBe(expected);
  });
});

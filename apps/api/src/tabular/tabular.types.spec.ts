import { describeColumns } from './tabular.types';

describe('describeColumns', () => {
  it('should give the columns in the order of the names when the descriptions are keyed otherwise', () => {
    const columns = describeColumns(['region', 'value'] as const, {
      value: ['number', 'The value'],
      region: ['string', 'CBS region code'],
    });
    expect(columns).toEqual([
      { name: 'region', type: 'string', description: 'CBS region code' },
      { name: 'value', type: 'number', description: 'The value' },
    ]);
  });
});

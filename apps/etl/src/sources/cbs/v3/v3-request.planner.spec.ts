import { V3DimensionChoice, V3PlanLimits, estimateCells, halveChunk, planV3Requests } from './v3-request.planner';

function keys(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
}

const regions = keys('GM', 400);
const periods = keys('P', 10);
const limits: V3PlanLimits = { cellLimit: 10_000, maxKeysPerRequest: 50, maxApiChunks: 25 };

function dims(selectedRegions: string[] | null, selectedPeriods: string[] | null = null): V3DimensionChoice[] {
  return [
    { key: 'RegioS', selected: selectedRegions, all: regions },
    { key: 'Perioden', selected: selectedPeriods, all: periods },
  ];
}

describe('planV3Requests', () => {
  it('should estimate cells as the product of dimension sizes times topics', () => {
    expect(estimateCells(dims(regions.slice(0, 3), periods.slice(0, 2)), 7)).toBe(42);
    expect(estimateCells(dims(null), 2)).toBe(8_000);
  });

  it('should plan one ODataApi request when the selection is under the cell limit', () => {
    const plan = planV3Requests(dims(['GM0001'], null), 100, limits);
    expect(plan).toEqual({ service: 'api', estimatedCells: 1_000, chunks: [[{ key: 'RegioS', values: ['GM0001'] }]] });
  });

  it('should split regions into ODataApi chunks under the limit when the selection is too large', () => {
    // 30 regions × 10 periods × 100 topics = 30,000 cells → 3 chunks of 10 regions (10,000 cells each).
    const plan = planV3Requests(dims(regions.slice(0, 30)), 100, limits);
    expect(plan.service).toBe('api');
    expect(plan.chunks.map((c) => c[0].values.length)).toEqual([10, 10, 10]);
    expect(plan.chunks.every((c) => c.length === 1 && c[0].key === 'RegioS')).toBe(true);
  });

  it('should split periods too when a single region is over the limit', () => {
    // 1 region × 10 periods × 2,500 topics = 25,000 → 3 period chunks (4, 4, 2 periods).
    const plan = planV3Requests(dims(['GM0001']), 2_500, limits);
    expect(plan.service).toBe('api');
    expect(plan.chunks.map((c) => c.find((f) => f.key === 'Perioden')?.values.length)).toEqual([4, 4, 2]);
    expect(
      plan.chunks.every(
        (c) =>
          estimateCells(
            c.map((f) => ({ key: f.key, selected: f.values, all: [] })),
            2_500,
          ) <= 10_000,
      ),
    ).toBe(true);
  });

  it('should keep every $filter list within maxKeysPerRequest', () => {
    const plan = planV3Requests(dims(regions.slice(0, 120)), 1, limits);
    expect(plan.chunks.map((c) => c[0].values.length)).toEqual([40, 40, 40]);
  });

  it('should use the Feed when the ODataApi plan would need more than maxApiChunks requests', () => {
    const plan = planV3Requests(dims(null), 120, limits);
    expect(plan.service).toBe('feed');
    expect(plan.chunks).toEqual([[]]);
  });

  it('should still chunk Feed filters that are longer than maxKeysPerRequest', () => {
    const plan = planV3Requests(dims(regions.slice(0, 120)), 120, limits, 'feed');
    expect(plan.service).toBe('feed');
    expect(plan.chunks.map((c) => c[0].values.length)).toEqual([40, 40, 40]);
  });
});

describe('halveChunk', () => {
  it('should halve the filter with the most keys', () => {
    expect(
      halveChunk([
        { key: 'A', values: ['1', '2'] },
        { key: 'B', values: ['x', 'y', 'z'] },
      ]),
    ).toEqual([
      [
        { key: 'A', values: ['1', '2'] },
        { key: 'B', values: ['x', 'y'] },
      ],
      [
        { key: 'A', values: ['1', '2'] },
        { key: 'B', values: ['z'] },
      ],
    ]);
  });

  it('should return null when no filter has more than one key', () => {
    expect(halveChunk([{ key: 'A', values: ['1'] }])).toBeNull();
    expect(halveChunk([])).toBeNull();
  });
});

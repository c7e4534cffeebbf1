import { classOf, GeoFeature, projectFeatures } from './geo-projection.view';

const square = (code: string, x: number, y: number): GeoFeature => ({
  properties: { wijkcode: code, wijknaam: code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('projectFeatures', () => {
  it('should fit the shapes into the box with north up when projected at the equator', () => {
    const [shape] = projectFeatures([square('A', 0, 0)], 100, 100);
    expect(shape).toEqual({ code: 'A', name: 'A', path: 'M0.0,100.0L100.0,100.0L100.0,0.0L0.0,0.0L0.0,100.0Z' });
  });

  it('should keep two neighbours side by side when they share an edge', () => {
    const shapes = projectFeatures([square('A', 0, 0), square('B', 1, 0)], 200, 100);
    expect(shapes[1]!.path.startsWith('M100.0,100.0')).toBe(true);
  });
});

describe('classOf', () => {
  it.each([
    [0, 0, 10, 5, 0],
    [10, 0, 10, 5, 4],
    [5, 0, 10, 5, 2],
    [null, 0, 10, 5, null],
    [3, 3, 3, 5, 2],
  ] as const)('should put %p in [%p, %p] with %p classes in class %p', (value, min, max, classes, expected) => {
    expect(classOf(value, min, max, classes)).toBe(expected);
  });
});

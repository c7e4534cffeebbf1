// A simple equirectangular projection for a city-sized map: longitude scaled by cos(mean latitude) so shapes keep
// their proportions. At the scale of one municipality (≈15 km) the error against a proper projection is invisible.

export type Position = readonly [number, number];
export interface GeoFeature {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly Position[])[])[] };
}

export interface ProjectedShape {
  readonly code: string;
  readonly name: string;
  readonly path: string;
}

function rings(feature: GeoFeature): readonly (readonly Position[])[] {
  return feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/** SVG paths for the features, fitted into width × height (y grows downward, north up). */
export function projectFeatures(features: readonly GeoFeature[], width: number, height: number): ProjectedShape[] {
  const points = features.flatMap((feature) => rings(feature).flat());
  if (points.length === 0) return [];
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const minX = Math.min(...lons) * k;
  const maxX = Math.max(...lons) * k;
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const scale = Math.min(width / (maxX - minX || 1), height / (maxY - minY || 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const project = ([lon, lat]: Position) =>
    `${(offsetX + (lon * k - minX) * scale).toFixed(1)},${(offsetY + (maxY - lat) * scale).toFixed(1)}`;
  return features.map((feature) => ({
    code: String(feature.properties['wijkcode'] ?? ''),
    name: String(feature.properties['wijknaam'] ?? ''),
    path: rings(feature)
      .map((ring) => `M${ring.map(project).join('L')}Z`)
      .join(''),
  }));
}

/** The class (0 … classes−1) of a value between min and max, equal intervals; null for missing. */
export function classOf(value: number | null, min: number, max: number, classes: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (max <= min) return Math.floor(classes / 2);
  return Math.min(classes - 1, Math.floor(((value - min) / (max - min)) * classes));
}

import geojson from '../../geo/wijken_2024_GM0106.geojson';
import { type GeoFeature, type ProjectedShape, projectFeatures } from './geo-projection.view';

// The wijk boundaries bundled with the dashboard (geo/PROVENANCE.md), each feature with its CBS wijk code. A map is
// drawn only from the boundaries of the wijken it shows: a municipality whose boundaries are not bundled gets its
// wijken as a list, and the page says why there is no map.
const FEATURES: readonly GeoFeature[] = (geojson as unknown as { features: GeoFeature[] }).features;

const codeOf = (feature: GeoFeature) => String(feature.properties['wijkcode'] ?? '');

/** The shapes of the wijken named by `codes`, fitted into width × height; empty when none is bundled. */
export function wijkShapes(codes: ReadonlySet<string>, width: number, height: number): ProjectedShape[] {
  return projectFeatures(
    FEATURES.filter((feature) => codes.has(codeOf(feature))),
    width,
    height,
  );
}

/** The shapes of every wijk of the municipality `wijk` lies in (its code's first six characters: WK + four digits). */
export function siblingWijkShapes(wijk: string, width: number, height: number): ProjectedShape[] {
  const prefix = `WK${wijk.slice(2, 6)}`;
  return projectFeatures(
    FEATURES.filter((feature) => codeOf(feature).startsWith(prefix)),
    width,
    height,
  );
}

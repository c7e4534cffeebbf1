import geojson from '../geo/wijken_2024_GM0106.geojson';
import { GeoFeature, projectFeatures } from '../lib/view/geo-projection.view';

const WIDTH = 240;
const HEIGHT = 210;
const SHAPES = projectFeatures((geojson as unknown as { features: GeoFeature[] }).features, WIDTH, HEIGHT);
const HERE = '#0f766e'; // teal-700, 3:1 and more against the grey and white around it
const OTHER = '#e5e7eb';

/**
 * Where a wijk lies in Assen: every wijk in grey, this one in teal, each a link to its own profile (boundaries
 * 2024 from CBS via geoinzicht; see geo/PROVENANCE.md). Server-rendered SVG, no figures: those are in the table.
 */
export function WijkMiniMap({ code, label, linkWijk }: { code: string; label: string; linkWijk: (code: string) => string }) {
  return (
    <figure data-testid="wijk-mini-map" className="w-full max-w-[15rem]">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={label}>
        {SHAPES.map((shape) => {
          const here = shape.code === code;
          return (
            <a key={shape.code} href={linkWijk(shape.code)} aria-label={shape.name} aria-current={here ? 'page' : undefined}>
              <path d={shape.path} fill={here ? HERE : OTHER} stroke="#ffffff" strokeWidth={1.5} data-here={here} className="hover:opacity-80">
                <title>{shape.name}</title>
              </path>
            </a>
          );
        })}
      </svg>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}

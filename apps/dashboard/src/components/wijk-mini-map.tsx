import { siblingWijkShapes } from '../lib/view/wijk-geometry.view';

const WIDTH = 240;
const HEIGHT = 210;
const HERE = '#0f766e'; // teal-700, 3:1 and more against the grey and white around it
const OTHER = '#e5e7eb';

/**
 * Where a wijk lies in its municipality: every wijk in grey, this one in teal, each a link to its own profile
 * (boundaries 2024 from CBS via geoinzicht; see geo/PROVENANCE.md). Server-rendered SVG, no figures: those are in
 * the table. Nothing when the municipality's boundaries are not bundled.
 */
export function WijkMiniMap({ code, label, linkWijk }: { code: string; label: string; linkWijk: (code: string) => string }) {
  const shapes = siblingWijkShapes(code, WIDTH, HEIGHT);
  if (shapes.length === 0) return null;
  return (
    <figure data-testid="wijk-mini-map" className="w-full max-w-[15rem]">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={label}>
        {shapes.map((shape) => {
          const here = shape.code === code;
          return (
            <a key={shape.code} href={linkWijk(shape.code)} aria-label={shape.name} aria-current={here ? 'page' : undefined}>
              <path
                d={shape.path}
                fill={here ? HERE : OTHER}
                stroke="#ffffff"
                strokeWidth={1.5}
                data-here={here}
                className="hover:opacity-80"
              >
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

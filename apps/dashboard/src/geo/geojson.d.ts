// GeoJSON files are bundled as JSON (next.config.ts: turbopack rule).
declare module '*.geojson' {
  const value: { readonly type: 'FeatureCollection'; readonly features: readonly unknown[] };
  export default value;
}

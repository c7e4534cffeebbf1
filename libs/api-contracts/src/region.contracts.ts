import type { RegionRef } from './common.contracts';

/** A region with its place in the hierarchy (`GET /regions`). */
export interface RegionView {
  readonly code: string;
  readonly name: string;
  /** `land`, `provincie`, `gemeente`, `wijk`, `buurt`, … */
  readonly level: string;
  readonly parentCode: string | null;
  /** The year of the boundaries the code refers to (wijk and buurt codes are redrawn over time). */
  readonly boundaryYear: number | null;
  /** The role the region plays in Koers: the monitored municipality, a peer, a benchmark, or none. */
  readonly role: 'municipality' | 'peer' | 'province' | null;
}

/** `GET /regions`. */
export interface RegionListResponse {
  readonly data: readonly RegionView[];
}

/** `GET /regions/:code`: the region with its parent and children. */
export interface RegionDetailResponse extends RegionView {
  readonly parent: RegionRef | null;
  readonly children: readonly RegionRef[];
}

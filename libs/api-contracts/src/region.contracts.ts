import type { Unit } from '@koers/indicators';
import type { RegionRef } from './common.contracts';
import type { StatusView } from './progress.contracts';

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

/** One indicator in an area profile: the area's share or rate beside the municipality's. */
export interface ProfileIndicatorView {
  readonly id: string;
  readonly ambition: string;
  readonly title: string;
  /** `as-published`: the indicator itself; else the share or ratio named by `label`. */
  readonly shown: 'as-published' | 'share' | 'ratio' | 'share-of-municipality';
  readonly label: string | null;
  readonly unit: Unit;
  readonly decimals: number;
  readonly period: string | null;
  readonly year: number | null;
  readonly value: number | null;
  readonly demo: boolean;
  /** The municipality's figure for the same period (null for a share of the municipality itself). */
  readonly municipalityValue: number | null;
  /** The area's count behind a share of the municipality. */
  readonly count: number | null;
  /** The area's own verdict, only when it has one (no row of identical "geen oordeel" badges). */
  readonly status: StatusView | null;
  /** The indicator exists for the buurten of this wijk too. */
  readonly buurtLevel: boolean;
}

/** `GET /regions/:code/indicators`: the profile of a wijk or buurt, in one response. */
export interface RegionProfileResponse {
  readonly region: RegionRef;
  readonly municipality: RegionRef;
  readonly children: readonly RegionRef[];
  readonly indicators: readonly ProfileIndicatorView[];
}

/** Who publishes Koers's open data: the municipality, by name and TOOI identifier. */
export interface PublisherView {
  readonly name: string;
  /** The municipality's TOOI identifier (the register of Dutch government organisations). */
  readonly uri: string;
}

/** Who answers questions about Koers and its figures. */
export interface ContactView {
  readonly name: string;
  readonly email: string;
  readonly url: string;
}

/**
 * `GET /municipality`: the municipality Koers monitors, the province and the peers it is compared with, each named
 * as the region list names it, and who publishes and answers for the data. Where a page names the municipality.
 */
export interface MunicipalityResponse {
  /** `KOERS_MUNICIPALITY`; its name is null while the region list does not hold it yet. */
  readonly municipality: RegionRef;
  /** `KOERS_PROVINCE`. */
  readonly province: RegionRef;
  /** `KOERS_PEERS`, in the configured order. */
  readonly peers: readonly RegionRef[];
  /** `KOERS_PUBLISHER_NAME`, or "Gemeente" and the municipality's name. */
  readonly publisher: PublisherView;
  /** `KOERS_CONTACT_NAME` (or "Gemeente" and the municipality's name), `KOERS_CONTACT_EMAIL`, `KOERS_CONTACT_URL`. */
  readonly contact: ContactView;
}

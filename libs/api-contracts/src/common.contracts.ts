/** The two languages of every text the API returns: Dutch by default, English with `?lang=en`. */
export type ApiLanguage = 'nl' | 'en';

/** One refused parameter of a 400: the `invalid-params` member of a problem (RFC 9457's own example). */
export interface InvalidParam {
  /** The query, path or body parameter at fault, e.g. `limit`, `region`, `body`. */
  readonly name: string;
  /** Why its value was refused, in the requested language. */
  readonly reason: string;
}

/**
 * The body of every error response (4xx and 5xx): RFC 9457 problem details, served as `application/problem+json`.
 * It has no `type`, so the type is `about:blank` and `title` is the status's own phrase, in the requested language.
 */
export interface ApiProblem {
  /** The HTTP status, as sent. */
  readonly status: number;
  /** The status's phrase, e.g. `Niet gevonden` (`Not Found` with `?lang=en`). */
  readonly title: string;
  /** What went wrong this time, in the requested language. */
  readonly detail: string;
  /** The path that was asked for. */
  readonly instance: string;
  /** Machine-readable code, e.g. `INDICATOR_NOT_FOUND`, `INVALID_PARAMETER`, `UNAUTHORIZED` (an extension member). */
  readonly code: string;
  /** With `INVALID_PARAMETER`: the parameter at fault and why. */
  readonly 'invalid-params'?: readonly InvalidParam[];
}

/** Where the next page starts; `nextCursor` is null on the last page. */
export interface CursorPage {
  readonly limit: number;
  readonly nextCursor: string | null;
}

/** A region as other responses refer to it. */
export interface RegionRef {
  readonly code: string;
  /** Null when the region is not (yet) in the database. */
  readonly name: string | null;
  readonly level: string | null;
}

/** A policy text a target or ambition comes from. */
export interface PolicyView {
  readonly citation: string;
  readonly quote: string;
}

/** `GET /health`: whether the API can answer (200 when `status` is `ok`). */
export interface HealthResponse {
  readonly status: 'ok' | 'degraded';
  readonly database: 'up' | 'down';
  readonly migrationsPending: boolean;
  /** The product's version (package.json); the API's own version is in the `API-Version` header. */
  readonly version: string;
  /** @format date-time */
  readonly time: string;
}

/** `GET /health` 503 `HEALTH_DEGRADED`: a problem, with the health report as its `health` member. */
export interface HealthDegradedProblem extends ApiProblem {
  readonly health: HealthResponse;
}

/**
 * `GET /catalog`: the DCAT-AP-NL 3.0 catalogue in JSON-LD (`application/ld+json`), its vocabularies' prefixes in an
 * inline context, every resource (the catalogue, its datasets, distributions, agents) a node of the graph.
 */
export interface CatalogDocument {
  readonly '@context': Readonly<Record<string, string>>;
  readonly '@graph': readonly Readonly<Record<string, unknown>>[];
}

/** A link of the API's landing page. */
export interface ApiIndexLink {
  /** The absolute path on the API's host. */
  readonly href: string;
  readonly title: string;
  /** What the link answers with. */
  readonly type: string;
}

/** `GET /` (`/api/v1`): what the API is and where its parts are. */
export interface ApiIndexResponse {
  readonly title: string;
  readonly description: string;
  /** The API's full version, as the `API-Version` header gives it. */
  readonly version: string;
  readonly links: {
    readonly openapi: ApiIndexLink;
    readonly docs: ApiIndexLink;
    readonly catalog: ApiIndexLink;
    readonly feed: ApiIndexLink;
    readonly downloads: ApiIndexLink;
    readonly datapackage: ApiIndexLink;
    readonly health: ApiIndexLink;
  };
}

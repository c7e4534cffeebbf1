/** The two languages of every text the API returns: Dutch by default, English with `?lang=en`. */
export type ApiLanguage = 'nl' | 'en';

/** The body of every error response (4xx and 5xx). */
export interface ApiErrorBody {
  readonly statusCode: number;
  /** Machine-readable code, e.g. `INDICATOR_NOT_FOUND`, `INVALID_PARAMETER`, `UNAUTHORIZED`. */
  readonly error: string;
  /** What went wrong, in the requested language. */
  readonly message: string;
  /** For `INVALID_PARAMETER`: the query, path or body parameter at fault. */
  readonly parameter?: string;
  /** For `INVALID_PARAMETER`: why the value was refused. */
  readonly reason?: string;
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

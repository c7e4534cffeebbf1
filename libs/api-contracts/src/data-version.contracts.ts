/** `GET /data-version`: what every cached answer of the API is computed from now; it changes with every commit. */
export interface DataVersionResponse {
  readonly dataVersion: string;
}

/**
 * A request header naming the data version the caller has already seen (the dashboard renders a page for one):
 * the API then answers from that version or a newer one, never from an older one it still holds — with one API
 * process per core, or several replicas, one may have seen a commit that another has not checked for yet.
 */
export const DATA_VERSION_HEADER = 'koers-data-version';

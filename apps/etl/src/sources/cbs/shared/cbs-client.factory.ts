import { SourceError } from '../../source-error';
import { CbsHttpClient, CbsHttpOptions, CbsTransport } from './cbs-http.client';
import { V3PlanLimits } from '../v3/v3-request.planner';
import { CbsV3Client } from '../v3/v3.client';
import { CbsV4Client } from '../v4/v4.client';

/**
 * Builds the CBS clients from one typed options object. Configuration is read elsewhere (libs/config:
 * `CBS_ODATA_V3_URL`, default https://opendata.cbs.nl; `CBS_ODATA_V4_URL`, default https://datasets.cbs.nl/odata/v1);
 * nothing here reads the environment. Both clients share one transport, so the concurrency bound is global.
 */
export interface CbsEndpointOptions {
  readonly v3BaseUrl: string;
  readonly v4BaseUrl: string;
  readonly v3Limits?: Partial<V3PlanLimits>;
  /** Longest list of codes in one `$filter` (both APIs; default 50). */
  readonly maxKeysPerRequest?: number;
}

export interface CbsClientOptions extends CbsHttpOptions, CbsEndpointOptions {}

export interface CbsClients {
  /** HTTP to CBS, or the recorded snapshot (`recorded/recorded-cbs.transport.ts`). */
  readonly transport: CbsTransport;
  readonly v3: CbsV3Client;
  readonly v4: CbsV4Client;
}

function checkUrl(name: string, value: string): void {
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new SourceError('fatal', 'bad-config', `CBS client option ${name} must be an http(s) URL, got ${JSON.stringify(value)}`, {
      source: 'cbs',
    });
  }
}

/** The clients over HTTP to CBS. */
export function createCbsClients(options: CbsClientOptions): CbsClients {
  return createCbsClientsOver(new CbsHttpClient(options), options);
}

/** The clients over a given transport (the recorded snapshot): the same URLs, answered without a network. */
export function createCbsClientsOver(transport: CbsTransport, options: CbsEndpointOptions): CbsClients {
  // Checked before any transport is used, so a bad setting is named as one.
  checkUrl('v3BaseUrl', options.v3BaseUrl);
  checkUrl('v4BaseUrl', options.v4BaseUrl);
  const maxKeys = options.maxKeysPerRequest;
  const v3Limits = maxKeys === undefined ? options.v3Limits : { maxKeysPerRequest: maxKeys, ...options.v3Limits };
  return {
    transport,
    v3: new CbsV3Client(transport, { baseUrl: options.v3BaseUrl, limits: v3Limits }),
    v4: new CbsV4Client(transport, { baseUrl: options.v4BaseUrl, maxKeysPerRequest: maxKeys }),
  };
}

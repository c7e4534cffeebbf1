import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigProblems, Env } from './config.schema';
import { expressTrustProxy, readTrustProxySetting, TrustProxySetting } from './trust-proxy';
import { findWorkspaceRoot } from './workspace-root';

/** How the product reaches PostgreSQL: a server given by URL, or the embedded one it starts itself. */
export type DatabaseSetting = { mode: 'url'; url: string } | { mode: 'embedded' };

/** Every setting of the product, validated once at start-up. Nothing else reads `process.env`. */
export interface KoersConfig {
  readonly workspaceRoot: string;
  /** The product's version, from the workspace package.json. */
  readonly version: string;
  /** Runtime state: the embedded database, the upload inbox, logs. Git-ignored. */
  readonly home: string;
  readonly database: DatabaseSetting;
  readonly api: {
    readonly host: string;
    readonly port: number;
    /** Origins allowed by CORS; the dashboard's own origin by default. */
    readonly corsOrigins: readonly string[];
    /** A first admin key, for deployments that provision one from a secret store. */
    readonly adminToken: string | undefined;
    /** Requests one client may make per window (`@nestjs/throttler`); `/health` is exempt. */
    readonly rateLimit: { readonly limit: number; readonly windowMs: number };
    /**
     * Which proxies' `X-Forwarded-For` to believe, as Express's `trust proxy`: `loopback` by default, because the
     * dashboard forwards `/api/*` from the same machine; `off`, a hop count, or addresses/subnets otherwise.
     */
    readonly trustProxy: boolean | number | string;
    /** Keep computed responses until the data changes; off only for measuring the uncached path. */
    readonly cache: boolean;
    /** How long the "has the data changed?" check is reused before the database is asked again. */
    readonly dataVersionCheckMs: number;
    /**
     * API processes on the API's port (`API_WORKERS`: a number, or `auto` for one per core); each keeps its own cache
     * and counts the rate limit on its own. One by default: on a machine it shares with the dashboard, the ETL and
     * PostgreSQL one process holds a thousand cached answers a second (docs/benchmarks.md); a machine or container
     * of its own runs `auto`.
     */
    readonly workers: number;
  };
  /** Municipal files, however they arrive (API upload, inbox, CLI). */
  readonly uploads: {
    /** The largest file accepted. */
    readonly maxBytes: number;
    /** The most data rows one file may have; a longer file is refused before it is checked row by row. */
    readonly maxRows: number;
    /** Files checked at once (each in a worker thread); the API answers 429 to an upload beyond that. */
    readonly concurrentChecks: number;
  };
  readonly dashboard: {
    readonly host: string;
    readonly port: number;
    /** Where the dashboard's server side and its `/api/*` forwarding reach the API. */
    readonly apiUrl: string;
    /**
     * Which proxies in front of the dashboard may name the visitor in `X-Forwarded-For`: none by default, so the
     * visitor is the address the dashboard's socket sees and a header the visitor sends is never believed.
     */
    readonly trustProxy: TrustProxySetting;
    /** The site is served over HTTPS (behind TLS): send `Strict-Transport-Security`. Off by default. */
    readonly https: boolean;
    /** Keep each rendered page until the data changes (off only to measure rendering). */
    readonly pageCache: boolean;
    /** How often the dashboard asks the API whether the data changed, to drop its cached pages. */
    readonly dataCheckMs: number;
  };
  readonly etl: {
    readonly scheduleEnabled: boolean;
    readonly cbsCron: string;
    readonly inboxCron: string;
    readonly timeZone: string;
    readonly inbox: string;
    /** Load the bundled real snapshot when the database holds no observations yet. */
    readonly seedWhenEmpty: boolean;
    /**
     * With the snapshot, also the illustrative municipal files in `data/demo` (voorbeelddata); off in production, and
     * off by default for any municipality but the default one, whose files they are.
     */
    readonly demoFiles: boolean;
  };
  readonly cbs: {
    readonly v3BaseUrl: string;
    readonly v4BaseUrl: string;
    readonly timeoutMs: number;
    readonly maxRetries: number;
    readonly concurrency: number;
  };
  readonly regions: {
    readonly municipality: string;
    readonly peers: readonly string[];
    readonly province: string;
  };
  /**
   * Who publishes the API and the open data, and where people reach it: the OpenAPI contact, DCAT, the feed. A name
   * left null is "Gemeente <the municipality's name in the region list>", filled in by the API.
   */
  readonly publication: {
    /** `info.contact` of the OpenAPI document and the catalogue's contact point. */
    readonly contact: { readonly name: string | null; readonly email: string; readonly url: string };
    /** The catalogue's publisher: the municipality, named by its TOOI identifier (derived from its CBS code). */
    readonly publisher: { readonly name: string | null; readonly uri: string };
    /** The address where people reach Koers (the dashboard forwards `/api/*`): absolute links start with it. */
    readonly publicUrl: string;
  };
}

export class InvalidConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

const MUNICIPALITY = /^GM\d{4}$/;
const PROVINCE = /^PV\d{2}$/;
const CRON = /^(\S+\s+){4,5}\S+$/;

/** The first municipality, monitored when nothing is set; the contact defaults below are its own. */
const DEFAULT_MUNICIPALITY = 'GM0106';
const DEFAULT_CONTACT = { name: 'Gemeente Assen', email: 'info@assen.nl', url: 'https://www.assen.nl' } as const;

function productVersion(workspaceRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function readEtl(read: ConfigProblems, workspaceRoot: string, home: string, municipality: string): KoersConfig['etl'] {
  const cron = (name: string, fallback: string) => read.pattern(name, fallback, CRON, 'a cron expression of 5 or 6 fields');
  return {
    scheduleEnabled: read.onOff('ETL_SCHEDULE', true),
    cbsCron: cron('ETL_CRON_CBS', '0 2 * * *'),
    inboxCron: cron('ETL_CRON_INBOX', '*/5 * * * *'),
    timeZone: read.string('ETL_TIMEZONE', 'Europe/Amsterdam'),
    inbox: resolve(workspaceRoot, read.string('KOERS_INBOX', join(home, 'inbox'))),
    seedWhenEmpty: read.onOff('KOERS_SEED', true),
    demoFiles: read.onOff('KOERS_DEMO_FILES', municipality === DEFAULT_MUNICIPALITY),
  };
}

function readApi(read: ConfigProblems, apiPort: number, dashboardPort: number): KoersConfig['api'] {
  return {
    host: read.string('API_HOST', '127.0.0.1'),
    port: apiPort,
    corsOrigins: read.list(
      'CORS_ORIGINS',
      [`http://localhost:${dashboardPort}`, `http://127.0.0.1:${dashboardPort}`],
      /^https?:\/\/\S+$/,
      'an http(s) origin',
    ),
    adminToken: read.optionalString('KOERS_ADMIN_TOKEN'),
    rateLimit: { limit: read.positiveInt('API_RATE_LIMIT', 300), windowMs: read.positiveInt('API_RATE_WINDOW_SECONDS', 10) * 1000 },
    trustProxy: expressTrustProxy(readTrustProxySetting(read, 'API_TRUST_PROXY', 'loopback')),
    cache: read.onOff('API_CACHE', true),
    dataVersionCheckMs: read.positiveInt('API_DATA_CHECK_MS', 1000),
    workers: read.countOrAuto('API_WORKERS', 1, availableParallelism()),
  };
}

function readCbs(read: ConfigProblems): KoersConfig['cbs'] {
  return {
    v3BaseUrl: read.url('CBS_ODATA_V3_URL', 'https://opendata.cbs.nl', ['http:', 'https:']) ?? '',
    v4BaseUrl: read.url('CBS_ODATA_V4_URL', 'https://datasets.cbs.nl/odata/v1', ['http:', 'https:']) ?? '',
    timeoutMs: read.positiveInt('CBS_TIMEOUT_MS', 30_000),
    maxRetries: read.positiveInt('CBS_MAX_RETRIES', 5),
    concurrency: read.positiveInt('CBS_CONCURRENCY', 2),
  };
}

function readRegions(read: ConfigProblems): KoersConfig['regions'] {
  return {
    municipality: read.pattern('KOERS_MUNICIPALITY', DEFAULT_MUNICIPALITY, MUNICIPALITY, 'a CBS municipality code such as GM0106'),
    peers: read.list('KOERS_PEERS', ['GM0114', 'GM0118', 'GM0119', 'GM0014'], MUNICIPALITY, 'a CBS municipality code'),
    province: read.pattern('KOERS_PROVINCE', 'PV22', PROVINCE, 'a CBS province code such as PV22'),
  };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The TOOI identifier of a municipality (the register of Dutch government organisations DCAT-AP-NL asks for). */
export function tooiMunicipalityUri(code: string): string {
  return `https://identifier.overheid.nl/tooi/id/gemeente/${code.toLowerCase()}`;
}

/**
 * The default municipality's own contact details are defaults for it alone: another municipality names its own
 * e-mail and web address (no one else's is invented), and its names follow from the region list (null here).
 */
function contactDefaults(read: ConfigProblems, municipality: string): { name: string | undefined; email: string; url: string } {
  if (municipality === DEFAULT_MUNICIPALITY) return DEFAULT_CONTACT;
  for (const name of ['KOERS_CONTACT_EMAIL', 'KOERS_CONTACT_URL']) {
    if (read.raw(name) === undefined) {
      read.messages.push(
        `${name} must be set when KOERS_MUNICIPALITY is ${municipality}: its default is the address of ${DEFAULT_MUNICIPALITY}`,
      );
    }
  }
  // Only reached with a problem recorded: loadConfig throws before these placeholders leave it.
  return { name: undefined, email: 'unset@invalid.example', url: 'https://invalid.example' };
}

function readPublication(read: ConfigProblems, municipality: string, dashboardPort: number): KoersConfig['publication'] {
  const web = (name: string, fallback: string) => (read.url(name, fallback, ['http:', 'https:']) ?? fallback).replace(/\/+$/, '');
  const defaults = contactDefaults(read, municipality);
  const named = (name: string) => read.optionalString(name) ?? defaults.name ?? null;
  return {
    contact: {
      name: named('KOERS_CONTACT_NAME'),
      email: read.pattern('KOERS_CONTACT_EMAIL', defaults.email, EMAIL, 'an e-mail address'),
      url: web('KOERS_CONTACT_URL', defaults.url),
    },
    publisher: { name: named('KOERS_PUBLISHER_NAME'), uri: tooiMunicipalityUri(municipality) },
    publicUrl: web('KOERS_PUBLIC_URL', `http://localhost:${dashboardPort}`),
  };
}

function readUploads(read: ConfigProblems): KoersConfig['uploads'] {
  return {
    maxBytes: read.positiveInt('UPLOAD_MAX_MB', 10) * 1024 * 1024,
    maxRows: read.positiveInt('UPLOAD_MAX_ROWS', 50_000),
    concurrentChecks: read.positiveInt('UPLOAD_CONCURRENT_CHECKS', 2),
  };
}

/** Reads and validates the whole configuration; throws one error listing every problem. */
export function loadConfig(env: Env = process.env): KoersConfig {
  const read = new ConfigProblems(env);
  const workspaceRoot = findWorkspaceRoot();
  const home = resolve(workspaceRoot, read.string('KOERS_HOME', '.koers'));
  const databaseUrl = read.url('DATABASE_URL', undefined, ['postgres:', 'postgresql:']);
  const apiPort = read.port('API_PORT', 3000);
  const dashboardPort = read.port('PORT', 4200);
  const regions = readRegions(read);
  const config: KoersConfig = {
    workspaceRoot,
    version: productVersion(workspaceRoot),
    home,
    database: databaseUrl ? { mode: 'url', url: databaseUrl } : { mode: 'embedded' },
    api: readApi(read, apiPort, dashboardPort),
    dashboard: {
      host: read.string('DASHBOARD_HOST', '127.0.0.1'),
      port: dashboardPort,
      apiUrl: read.url('API_URL', `http://127.0.0.1:${apiPort}`, ['http:', 'https:']) ?? '',
      trustProxy: readTrustProxySetting(read, 'DASHBOARD_TRUST_PROXY', 'off'),
      https: read.onOff('DASHBOARD_HTTPS', false),
      pageCache: read.onOff('DASHBOARD_PAGE_CACHE', true),
      dataCheckMs: read.positiveInt('DASHBOARD_DATA_CHECK_MS', 1000),
    },
    uploads: readUploads(read),
    etl: readEtl(read, workspaceRoot, home, regions.municipality),
    cbs: readCbs(read),
    regions,
    publication: readPublication(read, regions.municipality, dashboardPort),
  };
  if (read.messages.length > 0) throw new InvalidConfigError(read.messages);
  return config;
}

/** This process's environment with `overrides`, for the processes `npm start` runs (they validate it again). */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...overrides };
}

import { isIP } from 'node:net';
import { ConfigProblems } from './config.schema';

/** The named ranges Express's `trust proxy` also knows (proxy-addr): loopback, link-local, unique-local (private). */
export type TrustedRangeName = 'loopback' | 'linklocal' | 'uniquelocal';

/**
 * Which proxies in front of a server may say who the client is (their `X-Forwarded-For`): none; the nearest
 * `hops` proxies, whoever they are; or the proxies at these addresses, subnets (`10.0.0.0/8`) and named ranges.
 */
export type TrustProxySetting =
  | { readonly kind: 'off' }
  | { readonly kind: 'hops'; readonly hops: number }
  | { readonly kind: 'addresses'; readonly entries: readonly string[] };

const NAMES: readonly TrustedRangeName[] = ['loopback', 'linklocal', 'uniquelocal'];

/** A named range, an IP address, or an address with a prefix length that fits it. */
function isTrustEntry(entry: string): boolean {
  if ((NAMES as readonly string[]).includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function parseTrustProxy(value: string): TrustProxySetting | undefined {
  if (['off', 'false', 'no'].includes(value.toLowerCase())) return { kind: 'off' };
  if (/^\d+$/.test(value)) return Number(value) === 0 ? { kind: 'off' } : { kind: 'hops', hops: Number(value) };
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.length > 0 && entries.every(isTrustEntry) ? { kind: 'addresses', entries } : undefined;
}

/** Reads a trust-proxy variable (`off`, a hop count, or a comma-separated list), naming it when it is wrong. */
export function readTrustProxySetting(read: ConfigProblems, name: string, fallback: string): TrustProxySetting {
  const value = read.string(name, fallback);
  const setting = parseTrustProxy(value);
  if (setting) return setting;
  read.messages.push(
    `${name}="${value}" must be off, a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets`,
  );
  return parseTrustProxy(fallback) ?? { kind: 'off' };
}

/** The same setting in the form Express's `app.set('trust proxy', …)` takes. */
export function expressTrustProxy(setting: TrustProxySetting): boolean | number | string {
  switch (setting.kind) {
    case 'off':
      return false;
    case 'hops':
      return setting.hops;
    case 'addresses':
      return setting.entries.join(',');
  }
}

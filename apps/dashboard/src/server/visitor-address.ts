import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { TrustedRangeName, TrustProxySetting } from '@koers/config';

// Who the visitor is, decided once, where the dashboard still sees the socket: its server, before Next.js reads
// the request. Next.js keeps an X-Forwarded-For a visitor sends and the API believes the dashboard (it trusts
// loopback), so a forged header would choose the visitor's rate-limit bucket. Here the header is replaced by one
// address: the socket's peer, or — only when that peer is a trusted proxy — the client that proxy names, walking
// the chain from the right (the end each proxy appends to) while every hop is trusted, as Express and nginx's
// realip do. The forwarder and the pages then pass that one address on; the API needs to trust the dashboard only.

/** Whether the proxy at `address`, `hop` steps from the dashboard (0: the socket's peer), may name its client. */
export type TrustCheck = (address: string, hop: number) => boolean;

/** The same ranges as Express's `trust proxy` names (proxy-addr). */
const RANGES: Record<TrustedRangeName, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** An address as written in a socket or a header: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) becomes plain IPv4. */
export function plainAddress(raw: string): string {
  const address = raw.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

function addressList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  const cidrs = entries.flatMap((entry) => RANGES[entry as TrustedRangeName] ?? [entry]);
  for (const cidr of cidrs) {
    const [address = '', prefix] = cidr.split('/');
    const plain = plainAddress(address);
    if (prefix === undefined) list.addAddress(plain, family(plain));
    else list.addSubnet(plain, Number(prefix), family(plain));
  }
  return list;
}

/** The trust check of a setting from libs/config (validated there). */
export function compileTrust(setting: TrustProxySetting): TrustCheck {
  switch (setting.kind) {
    case 'off':
      return () => false;
    case 'hops':
      return (_address, hop) => hop < setting.hops;
    case 'addresses': {
      const list = addressList(setting.entries);
      return (address) => isIP(address) !== 0 && list.check(address, family(address));
    }
  }
}

function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * The visitor's address: the socket's peer, or, while the hop at hand is trusted, the address it names in
 * X-Forwarded-For (right to left). An entry that is no IP address ends the walk at the hop that wrote it.
 */
export function visitorAddress(socketAddress: string, forwardedFor: string | string[] | undefined, trust: TrustCheck): string {
  const chain = headerValue(forwardedFor).split(',').map(plainAddress).filter(Boolean);
  let visitor = plainAddress(socketAddress);
  for (let hop = 0, i = chain.length - 1; i >= 0 && trust(visitor, hop); hop++, i--) {
    const named = chain[i] ?? '';
    if (isIP(named) === 0) break;
    visitor = named;
  }
  return visitor;
}

/** Headers a visitor could send to pass as someone else, or as another host or scheme. */
const FORWARDING_HEADERS = ['forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

/**
 * Rewrites the request's forwarding headers in place before Next.js sees them: X-Forwarded-For becomes the one
 * visitor address; the host, scheme and port a proxy states are kept only when the socket's peer is trusted
 * (Next.js fills them in itself otherwise). Without a socket address (a closed connection) none is claimed.
 */
export function settleForwardingHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, trust: TrustCheck): void {
  const peerTrusted = socketAddress !== undefined && trust(plainAddress(socketAddress), 0);
  for (const name of FORWARDING_HEADERS) {
    if (!peerTrusted || name === 'forwarded' || name === 'x-real-ip') delete headers[name];
  }
  if (socketAddress === undefined) delete headers['x-forwarded-for'];
  else headers['x-forwarded-for'] = visitorAddress(socketAddress, headers['x-forwarded-for'], trust);
}

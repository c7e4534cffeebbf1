import type { IncomingHttpHeaders } from 'node:http';
import type { TrustProxySetting } from '@koers/config';
import { compileTrust, settleForwardingHeaders, visitorAddress } from './visitor-address';

const OFF: TrustProxySetting = { kind: 'off' };
const ONE_HOP: TrustProxySetting = { kind: 'hops', hops: 1 };
const TWO_HOPS: TrustProxySetting = { kind: 'hops', hops: 2 };
const PROXY: TrustProxySetting = { kind: 'addresses', entries: ['192.0.2.10'] };
const LOCAL_PROXIES: TrustProxySetting = { kind: 'addresses', entries: ['loopback', '172.18.0.1'] };

describe('visitorAddress', () => {
  it.each<[string, TrustProxySetting, string, string | undefined, string]>([
    ['no proxy is trusted and the visitor forges a header', OFF, '203.0.113.5', '198.51.100.1', '203.0.113.5'],
    ['no proxy is trusted and the visitor sends a forged chain', OFF, '203.0.113.5', '198.51.100.1, 10.0.0.1', '203.0.113.5'],
    ['no proxy is trusted and no header is sent', OFF, '203.0.113.5', undefined, '203.0.113.5'],
    ['the socket is IPv4 written as IPv6', OFF, '::ffff:127.0.0.1', '198.51.100.1', '127.0.0.1'],
    ['one hop is trusted: the proxy names the visitor', ONE_HOP, '192.0.2.10', '203.0.113.5', '203.0.113.5'],
    ['one hop is trusted and the visitor forged entries to the left', ONE_HOP, '192.0.2.10', '198.51.100.1, 203.0.113.5', '203.0.113.5'],
    ['two hops are trusted', TWO_HOPS, '192.0.2.10', '198.51.100.1, 203.0.113.5, 192.0.2.20', '203.0.113.5'],
    ['one hop is trusted but the proxy sent no header', ONE_HOP, '192.0.2.10', undefined, '192.0.2.10'],
    ['the trusted proxy is the peer', PROXY, '192.0.2.10', '198.51.100.1, 203.0.113.5', '203.0.113.5'],
    ['the peer is not the trusted proxy', PROXY, '203.0.113.5', '192.0.2.10', '203.0.113.5'],
    ['the visitor puts the trusted proxy in a forged chain', PROXY, '192.0.2.10', '198.51.100.1, 192.0.2.10, 203.0.113.5', '203.0.113.5'],
    [
      'the proxies are named and an intranet visitor forges an address',
      LOCAL_PROXIES,
      '127.0.0.1',
      '198.51.100.1, 10.1.2.3, 172.18.0.1',
      '10.1.2.3',
    ],
    ['the trusted proxy wrote something that is no address', PROXY, '192.0.2.10', 'unknown', '192.0.2.10'],
    [
      'an IPv6 visitor comes through a trusted IPv6 proxy',
      { kind: 'addresses', entries: ['fd00::/8'] },
      'fd00::2',
      '2001:db8::7',
      '2001:db8::7',
    ],
  ])('should name the right visitor when %s', (_case, setting, socket, forwardedFor, expected) => {
    expect(visitorAddress(socket, forwardedFor, compileTrust(setting))).toBe(expected);
  });

  it('should read a header that arrived several times as one chain', () => {
    expect(visitorAddress('192.0.2.10', ['198.51.100.1', '203.0.113.5'], compileTrust(PROXY))).toBe('203.0.113.5');
  });
});

describe('settleForwardingHeaders', () => {
  const forged = (): IncomingHttpHeaders => ({
    'x-forwarded-for': '198.51.100.1',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-forwarded-port': '443',
    forwarded: 'for=198.51.100.1',
    'x-real-ip': '198.51.100.1',
    accept: 'text/html',
  });

  it('should replace X-Forwarded-For by the socket address and drop the other forwarding headers when no proxy is trusted', () => {
    const headers = forged();
    settleForwardingHeaders(headers, '203.0.113.5', compileTrust(OFF));
    expect(headers).toEqual({ 'x-forwarded-for': '203.0.113.5', accept: 'text/html' });
  });

  it("should keep a trusted proxy's host, scheme and port and name its client when the peer is trusted", () => {
    const headers = forged();
    settleForwardingHeaders(headers, '192.0.2.10', compileTrust(PROXY));
    expect(headers).toEqual({
      'x-forwarded-for': '198.51.100.1',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      accept: 'text/html',
    });
  });

  it('should claim no address when the socket has none', () => {
    const headers = forged();
    settleForwardingHeaders(headers, undefined, compileTrust(ONE_HOP));
    expect(headers).toEqual({ accept: 'text/html' });
  });
});

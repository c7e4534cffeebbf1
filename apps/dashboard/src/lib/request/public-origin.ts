import { headers } from 'next/headers';
import { loadConfig } from '@koers/config';

/** A host as a Host header may name it: a name or IPv4 address, or an IPv6 address in brackets, with a port. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The address visitors reach the dashboard at (`https://koers.assen.nl`), for what leaves the site in full: a
 * shared link, a citation, an embed. The Host of the request (a proxy in front passes it on), over HTTPS when
 * DASHBOARD_HTTPS says the site is served so; a Host that is no host name gives localhost rather than text of the
 * visitor's choosing.
 */
export async function publicOrigin(): Promise<string> {
  const { https, port } = loadConfig().dashboard;
  const host = (await headers()).get('host') ?? '';
  return `${https ? 'https' : 'http'}://${HOST.test(host) ? host : `localhost:${port}`}`;
}

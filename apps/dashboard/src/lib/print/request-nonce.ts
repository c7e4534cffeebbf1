import { headers } from 'next/headers';

/**
 * The nonce of this request's Content-Security-Policy (set by src/proxy.ts on the request, where Next.js reads it
 * too), for a style element the page makes itself. Undefined outside a request or without a policy.
 */
export async function requestNonce(): Promise<string | undefined> {
  try {
    const policy = (await headers()).get('content-security-policy') ?? '';
    return /'nonce-([^']+)'/.exec(policy)?.[1];
  } catch {
    return undefined;
  }
}

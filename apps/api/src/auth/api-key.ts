import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new key: `koers_<8 hex>_<43 base64url>` (256 random bits after the prefix). */
export interface GeneratedKey {
  readonly key: string;
  readonly prefix: string;
  readonly hash: string;
}

const KEY_FORMAT = /^koers_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

/** Hex sha256: what is stored. A plain hash suffices: the keys are random, not passwords. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateKey(): GeneratedKey {
  const prefix = `koers_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** True for something shaped like a Koers key (checked before touching the database). */
export function looksLikeKey(candidate: string): boolean {
  return KEY_FORMAT.test(candidate);
}

/** Compares two secrets in constant time (over their hashes, so lengths may differ). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

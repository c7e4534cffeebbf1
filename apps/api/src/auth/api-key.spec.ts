import { bearerToken, generateKey, hashKey, looksLikeKey, sameSecret } from './api-key';

describe('api keys', () => {
  it('should make a key that starts with its prefix and stores only its sha256 when generated', () => {
    const { key, prefix, hash } = generateKey();
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    expect(looksLikeKey(key)).toBe(true);
    expect(hash).toBe(hashKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(prefix.length + 1));
  });

  it('should make a different key every time when generated twice', () => {
    expect(generateKey().key).not.toBe(generateKey().key);
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    [undefined, null],
  ])('should read %p as %p when parsing the Authorization header', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });

  it('should compare without throwing when the secrets differ in length', () => {
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'ab')).toBe(false);
  });
});

import { etagMatches, etagOf } from './etag';

describe('etag', () => {
  it('should give the same quoted tag when the content is the same', () => {
    expect(etagOf('a', 'b')).toBe(etagOf('a', 'b'));
    expect(etagOf('a', 'b')).not.toBe(etagOf('ab'));
    expect(etagOf('x')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abd"', false],
    [undefined, false],
  ])('should answer %p → %p when compared with "abc"', (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });
});

import { createHash } from 'node:crypto';
import { cachedPagePolicy } from './page-csp';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('cachedPagePolicy', () => {
  const html = [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script><style>.x{color:red}</style></head><body>',
    '<script>self.__next_f.push([1,"é"])</script><script id="S:0">$RC("B:0","S:0")</script>',
    '<script>self.__next_f.push([1,"é"])</script></body></html>',
  ].join('');
  const policy = cachedPagePolicy(html, { embeddable: false });

  it('should name every inline script by the sha256 of its exact text, once, and no script file, when a page is cached', () => {
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' '${sha('self.__next_f.push([1,"é"])')}' '${sha('$RC("B:0","S:0")')}'`);
  });

  it('should name every style element by its hash when a page is cached', () => {
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' '${sha('.x{color:red}')}'`);
  });

  it('should let any site frame the page only when it is an embed', () => {
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(cachedPagePolicy(html, { embeddable: true }), 'frame-ancestors')).toBe('frame-ancestors *');
  });
});

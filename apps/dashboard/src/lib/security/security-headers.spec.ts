import { createHash } from 'node:crypto';
import {
  cachedPageContentSecurityPolicy,
  commonSecurityHeaders,
  isApiDocumentationPath,
  isChartImagePath,
  isEmbedPath,
  pageContentSecurityPolicy,
  REACT_HIDDEN_SEGMENT_STYLE_HASH,
} from './security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1).join(' ')]));
}

describe('pageContentSecurityPolicy', () => {
  it("should allow only this request's nonce for scripts and styles, never unsafe-inline or eval, when a page is served", () => {
    const policy = directives(pageContentSecurityPolicy('bm9uY2U='));
    expect(policy.get('script-src')).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy.get('style-src')).toBe("'self' 'nonce-bm9uY2U='");
    expect(pageContentSecurityPolicy('bm9uY2U=')).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("should allow no style attribute but React's display:none of a streamed SVG part when a page is served", () => {
    expect(directives(pageContentSecurityPolicy('x')).get('style-src-attr')).toBe(`'unsafe-hashes' '${REACT_HIDDEN_SEGMENT_STYLE_HASH}'`);
    expect(REACT_HIDDEN_SEGMENT_STYLE_HASH).toBe(`sha256-${createHash('sha256').update('display:none').digest('base64')}`);
  });

  it('should refuse frames, plugins and foreign base or form targets when a page is served', () => {
    const policy = directives(pageContentSecurityPolicy('x'));
    expect([policy.get('frame-ancestors'), policy.get('object-src'), policy.get('base-uri'), policy.get('form-action')]).toEqual([
      "'none'",
      "'none'",
      "'self'",
      "'self'",
    ]);
  });
});

describe('embeds', () => {
  it.each([
    ['/embed/indicatoren/office-vacancy', true],
    ['/en/embed/indicatoren/office-vacancy', true],
    ['/indicatoren/office-vacancy', false],
    ['/embedded/x', false],
    ['/nl/embed', false],
    ['/rapport/embed/x', false],
  ])('should treat %s as an embed: %p, when its path is read', (path, embed) => {
    expect(isEmbedPath(path)).toBe(embed);
  });

  it('should let any site frame an embed, and only an embed, when the policy is made', () => {
    expect(directives(pageContentSecurityPolicy('x', { embeddable: true })).get('frame-ancestors')).toBe('*');
    expect(directives(pageContentSecurityPolicy('x', { embeddable: false })).get('frame-ancestors')).toBe("'none'");
  });

  it('should send no X-Frame-Options and a cross-origin resource policy when the response is an embed', () => {
    const embed = new Map(commonSecurityHeaders({ https: false, embeddable: true }));
    expect(embed.has('X-Frame-Options')).toBe(false);
    expect(embed.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(new Map(commonSecurityHeaders({ https: false })).get('X-Frame-Options')).toBe('DENY');
  });

  it.each([
    ['/indicatoren/office-vacancy/grafiek', true],
    ['/en/indicatoren/office-vacancy/grafiek', true],
    ['/indicatoren/office-vacancy', false],
    ['/indicatoren/office-vacancy/grafiek/x', false],
  ])('should treat %s as a chart picture: %p, when its path is read', (path, image) => {
    expect(isChartImagePath(path)).toBe(image);
  });
});

describe('cachedPageContentSecurityPolicy', () => {
  const policy = cachedPageContentSecurityPolicy({ scripts: ['sha256-AAA=', 'sha256-BBB='], styles: ['sha256-CCC='] });

  it('should allow exactly the inline scripts and styles it names and script files from its own origin, with no nonce, when a page is cached', () => {
    expect(directives(policy).get('script-src')).toBe("'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(directives(policy).get('style-src')).toBe("'self' 'sha256-CCC='");
    expect(policy).not.toMatch(/nonce|unsafe-inline|unsafe-eval|strict-dynamic/);
  });

  it('should keep every other directive of a page when a page is cached', () => {
    const other = (p: string) => [...directives(p)].filter(([name]) => name !== 'script-src' && name !== 'style-src');
    expect(other(policy)).toEqual(other(pageContentSecurityPolicy('x')));
  });
});

describe('commonSecurityHeaders', () => {
  it('should send no Strict-Transport-Security when the site is not known to be on HTTPS', () => {
    const names = commonSecurityHeaders({ https: false }).map(([name]) => name);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'X-Frame-Options',
    ]);
  });

  it('should send Strict-Transport-Security for a year when the site is served over HTTPS', () => {
    expect(new Map(commonSecurityHeaders({ https: true })).get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('the API documentation UI', () => {
  it.each([
    ['/api/v1/docs', true],
    ['/api/v1/docs/swagger-ui-bundle.js', true],
    ['/api/v1/docs-extra', false],
    ['/api/v1/openapi.json', false],
    ['/docs', false],
  ])('should treat %s as the documentation UI: %p, when its path is read', (path, docs) => {
    expect(isApiDocumentationPath(path)).toBe(docs);
  });
});

import { createHash } from 'node:crypto';
import { type FramingOptions, cachedPageContentSecurityPolicy } from '../../lib/security/security-headers';

/** Inline <script> elements (no src): their text is what a browser hashes. React writes no "</script" inside one. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const STYLE_ELEMENT = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function hashes(html: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(pattern))
    found.add(
      `sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}`,
    );
  return [...found];
}

/**
 * The Content-Security-Policy of a page rendered once for everyone: its own inline scripts and styles by hash, and
 * framed by other sites only when it is an embed.
 */
export function cachedPagePolicy(html: string, framing: FramingOptions): string {
  return cachedPageContentSecurityPolicy({ scripts: hashes(html, INLINE_SCRIPT), styles: hashes(html, STYLE_ELEMENT) }, framing);
}

import type { Lang } from '../i18n/lang';

// The page furniture of a printed council report as CSS: A4, a running header with the edition and its date on
// every page but the cover, and "pagina 3 van 14" at the foot of every page. Chromium draws @page margin boxes
// (with counter(page) and counter(pages)) in its print and PDF output; the header's text depends on the edition,
// so this CSS is made per report and sent in a style element carrying the page's nonce.

/** A CSS string literal: quotes, backslashes and line ends escaped, so a text never ends the rule. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

const PAGE_WORDS: Record<Lang, { page: string; of: string }> = { nl: { page: 'pagina', of: 'van' }, en: { page: 'page', of: 'of' } };

/** The @page rules of a printed report with this running header. */
export function reportPageStyle(header: string, lang: Lang): string {
  const words = PAGE_WORDS[lang];
  const box = 'font-family: ui-sans-serif, system-ui, sans-serif; font-size: 8pt; color: #374151;';
  return [
    '@page {',
    '  size: A4;',
    '  margin: 20mm 16mm 20mm 16mm;',
    `  @top-left { content: ${cssString(header)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }`,
    `  @bottom-right { content: "${words.page} " counter(page) " ${words.of} " counter(pages); ${box} vertical-align: top; padding-top: 3mm; }`,
    '}',
    // The cover carries the edition in full; no header above it.
    '@page :first { @top-left { content: none; } }',
  ].join('\n');
}

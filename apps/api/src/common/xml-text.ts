// Text inside XML and HTML (the Atom feed, the API's landing page).

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Whether XML 1.0 can hold a character: tab, line ends and everything from space on, but U+FFFE and U+FFFF. */
function xmlCharacter(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

/** Text for XML content and attributes; characters XML 1.0 cannot hold are left out. */
export function xmlText(text: string): string {
  return [...text]
    .filter(xmlCharacter)
    .join('')
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

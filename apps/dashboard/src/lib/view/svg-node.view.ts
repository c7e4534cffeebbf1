// The chart drawn once, as plain data: a tree of SVG elements. The page renders the tree with React (server-side,
// no client JavaScript); the chart image (SVG download, PNG) writes the same tree as an SVG document. Next.js
// refuses react-dom/server in a route handler, so the document is written here, from the very same nodes.

/** The presentation attributes the chart uses, by their React names, with their names in SVG. */
const SVG_NAMES = {
  className: 'class',
  strokeWidth: 'stroke-width',
  strokeDasharray: 'stroke-dasharray',
  strokeLinecap: 'stroke-linecap',
  textAnchor: 'text-anchor',
  dominantBaseline: 'dominant-baseline',
  fontSize: 'font-size',
  fontFamily: 'font-family',
  fontWeight: 'font-weight',
} as const;

type RenamedAttribute = keyof typeof SVG_NAMES;

/** An attribute of a node: its React name (`strokeWidth`, `className`, `data-demo`, `aria-label`). */
export type SvgAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** One SVG element with its attributes and children (elements or text). */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: SvgAttributes;
  readonly children: readonly (SvgNode | string)[];
}

/** An SVG element; attributes that are undefined are left out. */
export function node(tag: string, attributes: SvgAttributes = {}, children: readonly (SvgNode | string | null | false)[] = []): SvgNode {
  return { tag, attributes, children: children.filter((child): child is SvgNode | string => child !== null && child !== false) };
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function isRenamed(name: string): name is RenamedAttribute {
  return Object.hasOwn(SVG_NAMES, name);
}

function attributeText(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const svgName = isRenamed(name) ? SVG_NAMES[name] : name;
  return ` ${svgName}="${escapeXml(String(value))}"`;
}

/** The SVG markup of a node and everything in it. */
export function svgMarkup(root: SvgNode | string): string {
  if (typeof root === 'string') return escapeXml(root);
  const attributes = Object.entries(root.attributes)
    .map(([name, value]) => attributeText(name, value))
    .join('');
  if (root.children.length === 0) return `<${root.tag}${attributes}/>`;
  return `<${root.tag}${attributes}>${root.children.map(svgMarkup).join('')}</${root.tag}>`;
}

/**
 * A small OData `$filter` parser and evaluator, for answering requests from recorded CBS tables (the recorded
 * transport the seeder uses, and the fake CBS server of the tests). It covers what CBS clients send and what
 * CBS itself writes in DefaultSelection: eq/ne/gt/ge/lt/le, and/or/not, parentheses, both quote styles,
 * `substringof`, `startswith`, `endswith`, `contains`, `substring`, `tolower`/`toupper`/`trim`/`length`, and the
 * v4.01 `in (...)`. Comparisons are exact, so an unpadded key does not match a padded one, as on the real API.
 */
export type FilterScalar = string | number | boolean | null;

export type FilterNode =
  | { readonly t: 'lit'; readonly v: FilterScalar }
  | { readonly t: 'field'; readonly name: string }
  | { readonly t: 'call'; readonly fn: string; readonly args: readonly FilterNode[] }
  | { readonly t: 'bin'; readonly op: string; readonly l: FilterNode; readonly r: FilterNode }
  | { readonly t: 'not'; readonly e: FilterNode }
  | { readonly t: 'in'; readonly e: FilterNode; readonly list: readonly FilterScalar[] };

export class FilterSyntaxError extends Error {}

type Token = { kind: 'str'; v: string } | { kind: 'num'; v: number } | { kind: 'id'; v: string } | { kind: 'punct'; v: string };

const FUNCTIONS = new Set(['substringof', 'startswith', 'endswith', 'contains', 'substring', 'tolower', 'toupper', 'trim', 'length']);
const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function readString(text: string, start: number): [string, number] {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new FilterSyntaxError(`unterminated string at ${start}`);
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text[i];
    i += 1;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i += 1;
    else if (c === "'" || c === '"') {
      const [v, next] = readString(text, i);
      tokens.push({ kind: 'str', v });
      i = next;
    } else if ('(),'.includes(c)) {
      tokens.push({ kind: 'punct', v: c });
      i += 1;
    } else {
      const m = /^(-?\d+(\.\d+)?)|^([A-Za-z_$][A-Za-z0-9_.$]*)/.exec(text.slice(i));
      if (!m) throw new FilterSyntaxError(`unexpected character ${JSON.stringify(c)} at ${i}`);
      tokens.push(m[1] !== undefined ? { kind: 'num', v: Number(m[1]) } : { kind: 'id', v: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length) throw new FilterSyntaxError(`unexpected token ${JSON.stringify(this.tokens[this.pos].v)}`);
    return node;
  }

  private peekWord(): string | null {
    const token = this.tokens[this.pos];
    return token?.kind === 'id' ? token.v.toLowerCase() : null;
  }

  private expect(punct: string): void {
    const token = this.tokens[this.pos];
    if (token?.kind !== 'punct' || token.v !== punct) throw new FilterSyntaxError(`expected "${punct}"`);
    this.pos += 1;
  }

  private or(): FilterNode {
    let node = this.and();
    while (this.peekWord() === 'or') {
      this.pos += 1;
      node = { t: 'bin', op: 'or', l: node, r: this.and() };
    }
    return node;
  }

  private and(): FilterNode {
    let node = this.unary();
    while (this.peekWord() === 'and') {
      this.pos += 1;
      node = { t: 'bin', op: 'and', l: node, r: this.unary() };
    }
    return node;
  }

  private unary(): FilterNode {
    if (this.peekWord() === 'not') {
      this.pos += 1;
      return { t: 'not', e: this.unary() };
    }
    const left = this.primary();
    const word = this.peekWord();
    if (word !== null && COMPARISONS.has(word)) {
      this.pos += 1;
      return { t: 'bin', op: word, l: left, r: this.primary() };
    }
    if (word === 'in') {
      this.pos += 1;
      return { t: 'in', e: left, list: this.literalList() };
    }
    return left;
  }

  private literalList(): FilterScalar[] {
    this.expect('(');
    const list: FilterScalar[] = [];
    for (;;) {
      const node = this.primary();
      if (node.t !== 'lit') throw new FilterSyntaxError('in (...) takes literals only');
      list.push(node.v);
      const token = this.tokens[this.pos];
      if (token?.kind === 'punct' && token.v === ',') this.pos += 1;
      else break;
    }
    this.expect(')');
    return list;
  }

  private primary(): FilterNode {
    const token = this.tokens[this.pos];
    if (token === undefined) throw new FilterSyntaxError('unexpected end of filter');
    this.pos += 1;
    if (token.kind === 'str' || token.kind === 'num') return { t: 'lit', v: token.v };
    if (token.kind === 'punct') {
      if (token.v !== '(') throw new FilterSyntaxError(`unexpected "${token.v}"`);
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const word = token.v.toLowerCase();
    if (word === 'null') return { t: 'lit', v: null };
    if (word === 'true' || word === 'false') return { t: 'lit', v: word === 'true' };
    const next = this.tokens[this.pos];
    if (FUNCTIONS.has(word) && next?.kind === 'punct' && next.v === '(') return { t: 'call', fn: word, args: this.args() };
    return { t: 'field', name: token.v };
  }

  private args(): FilterNode[] {
    this.expect('(');
    const args = [this.or()];
    while (this.tokens[this.pos]?.kind === 'punct' && this.tokens[this.pos].v === ',') {
      this.pos += 1;
      args.push(this.or());
    }
    this.expect(')');
    return args;
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text)).parse();
}

/** Every field name the filter reads, so an unknown property is refused as CBS refuses it (HTTP 400). */
export function filterFields(node: FilterNode, out: Set<string> = new Set()): Set<string> {
  if (node.t === 'field') out.add(node.name);
  else if (node.t === 'call') node.args.forEach((a) => filterFields(a, out));
  else if (node.t === 'bin') filterFields(node.l, filterFields(node.r, out));
  else if (node.t === 'not' || node.t === 'in') filterFields(node.e, out);
  return out;
}

type Row = Readonly<Record<string, unknown>>;

function scalar(value: unknown): FilterScalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function text(value: FilterScalar): string {
  return value === null ? '' : String(value);
}

function call(fn: string, a: FilterScalar[]): FilterScalar {
  switch (fn) {
    case 'substringof':
      return text(a[1]).includes(text(a[0]));
    case 'contains':
      return text(a[0]).includes(text(a[1]));
    case 'startswith':
      return text(a[0]).startsWith(text(a[1]));
    case 'endswith':
      return text(a[0]).endsWith(text(a[1]));
    case 'substring':
      return a[2] === undefined ? text(a[0]).slice(Number(a[1])) : text(a[0]).slice(Number(a[1]), Number(a[1]) + Number(a[2]));
    case 'tolower':
      return text(a[0]).toLowerCase();
    case 'toupper':
      return text(a[0]).toUpperCase();
    case 'trim':
      return text(a[0]).trim();
    case 'length':
      return text(a[0]).length;
    default:
      throw new FilterSyntaxError(`unknown function ${fn}`);
  }
}

function compare(op: string, l: FilterScalar, r: FilterScalar): boolean {
  if (op === 'eq') return l === r;
  if (op === 'ne') return l !== r;
  if (l === null || r === null) return false;
  const [a, b] = typeof l === 'number' && typeof r === 'number' ? [l, r] : [String(l), String(r)];
  if (op === 'gt') return a > b;
  if (op === 'ge') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}

export function evaluate(node: FilterNode, row: Row): FilterScalar {
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'field':
      return scalar(row[node.name]);
    case 'call':
      return call(
        node.fn,
        node.args.map((arg) => evaluate(arg, row)),
      );
    case 'not':
      return !evaluate(node.e, row);
    case 'in':
      return node.list.includes(evaluate(node.e, row));
    case 'bin':
      if (node.op === 'and') return evaluate(node.l, row) === true && evaluate(node.r, row) === true;
      if (node.op === 'or') return evaluate(node.l, row) === true || evaluate(node.r, row) === true;
      return compare(node.op, evaluate(node.l, row), evaluate(node.r, row));
  }
}

export function matches(node: FilterNode | null, row: Row): boolean {
  return node === null || evaluate(node, row) === true;
}

import type { LocalizedText } from '@koers/indicators';

/**
 * Why the body readers (Express's body-parser, which runs before any route, guard or pipe) refused a request body.
 * The one error filter turns each kind into its status.
 */
export type UnreadableBody =
  /** Over the limit (100 kB of JSON), or a form with too many fields: 413. */
  | { readonly kind: 'too-large'; readonly text: LocalizedText }
  /** A Content-Encoding or charset the reader does not know: 415. */
  | { readonly kind: 'unsupported'; readonly text: LocalizedText }
  /** The body is there but does not parse: 400 naming `body`. */
  | { readonly kind: 'malformed'; readonly reason: LocalizedText }
  /** The body did not arrive whole (aborted, or shorter than its Content-Length): 400. */
  | { readonly kind: 'incomplete'; readonly text: LocalizedText };

/** A refusal of the body readers (body-parser's http-errors error, as `cause`), tagged by `body-readers.ts`. */
export class UnreadableBodyError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'UnreadableBodyError';
  }
}

/** The fields of body-parser's errors that say what went wrong. */
interface ReaderError {
  readonly type: string;
  readonly limit?: unknown;
  readonly encoding?: unknown;
  readonly charset?: unknown;
}

function readerErrorOf(cause: unknown): ReaderError {
  if (typeof cause !== 'object' || cause === null) return { type: '' };
  const fields = cause as Record<string, unknown>;
  return {
    type: typeof fields['type'] === 'string' ? fields['type'] : '',
    limit: fields['limit'],
    encoding: fields['encoding'],
    charset: fields['charset'],
  };
}

/** A header value as the client sent it, short enough to repeat in a message. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

function sizeOf(limit: unknown): string {
  return typeof limit === 'number' ? `${Math.round(limit / 1024)} kB` : '100 kB';
}

/** What the body readers refused, or null when the exception is not theirs or not the client's fault. */
export function unreadableBodyOf(exception: unknown): UnreadableBody | null {
  if (!(exception instanceof UnreadableBodyError)) return null;
  const error = readerErrorOf(exception.cause);
  switch (error.type) {
    case 'entity.too.large': {
      const size = sizeOf(error.limit);
      return {
        kind: 'too-large',
        text: {
          nl: `Het verzoek is groter dan ${size}; stuur hooguit ${size}.`,
          en: `The request body is larger than ${size}; send at most ${size}.`,
        },
      };
    }
    case 'parameters.too.many':
      return { kind: 'too-large', text: { nl: 'Het formulier heeft te veel velden.', en: 'The form has too many fields.' } };
    case 'encoding.unsupported': {
      const encoding = quoted(error.encoding);
      return {
        kind: 'unsupported',
        text: {
          nl: `De Content-Encoding ${encoding} wordt niet ondersteund; stuur de inhoud ongecomprimeerd, of met gzip, deflate of br.`,
          en: `Content-Encoding ${encoding} is not supported; send the body uncompressed, or with gzip, deflate or br.`,
        },
      };
    }
    case 'charset.unsupported': {
      const charset = quoted(error.charset);
      return {
        kind: 'unsupported',
        text: {
          nl: `Tekenset ${charset} wordt niet ondersteund; stuur de inhoud in UTF-8.`,
          en: `Charset ${charset} is not supported; send the body in UTF-8.`,
        },
      };
    }
    case 'entity.parse.failed':
      return { kind: 'malformed', reason: { nl: 'is geen geldige JSON', en: 'is not valid JSON' } };
    case 'querystring.parse.rangeError':
      return { kind: 'malformed', reason: { nl: 'is te diep genest', en: 'is nested too deeply' } };
    case 'request.aborted':
    case 'request.size.invalid':
      return {
        kind: 'incomplete',
        text: { nl: 'Het verzoek kwam niet volledig aan; stuur het opnieuw.', en: 'The request body did not arrive whole; send it again.' },
      };
    default:
      // stream.encoding.set, stream.not.readable: the server's own mistake, a 500.
      return null;
  }
}

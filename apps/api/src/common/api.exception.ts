import type { LocalizedText } from '@koers/indicators';

/**
 * Base of every feature module's exception: a code from the module's closed set and a message in both
 * languages. The one API filter (api-exception.filter.ts) maps codes to HTTP status.
 */
export abstract class ApiException<C extends string> extends Error {
  protected constructor(
    readonly code: C,
    readonly text: LocalizedText,
    /** The request parameter at fault, when one is. */
    readonly parameter?: string,
    /** Why the parameter was refused. */
    readonly reason?: LocalizedText,
    /** Members the problem carries beside the standard ones (already in the requested language). */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}

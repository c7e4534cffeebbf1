/** A text in Dutch (the default language of Koers) and English. Both are required and non-empty. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/** The two languages every user-facing text is written in. */
export type Language = keyof LocalizedText;

/**
 * Where a target or an ambition comes from in a policy document, so that every number on screen can be traced to
 * the text that set it.
 */
export interface PolicyReference {
  /** Short citation as shown on screen, e.g. "Startnotitie Omgevingsvisie Assen, §6.4". */
  readonly citation: string;
  /** The sentence(s) quoted verbatim (Dutch, as in the document). */
  readonly quote: string;
}

/**
 * The one vocabulary of the municipality's own files. A specified kind has a file format (libs/municipal-files):
 * it is uploaded, dropped in the inbox or imported, and its figures feed measures. A proposed kind is named by the
 * catalogue's measures (research notes §5.2) but has no format yet, so no file of it can arrive.
 */
export const SPECIFIED_UPLOAD_KINDS = ['vacancy', 'employment', 'jobseekers'] as const;
export const PROPOSED_UPLOAD_KINDS = ['climate', 'municipal-kpi'] as const;

/** A kind of file the municipality can upload today. */
export type SpecifiedUploadKind = (typeof SPECIFIED_UPLOAD_KINDS)[number];
export type ProposedUploadKind = (typeof PROPOSED_UPLOAD_KINDS)[number];
/** Any kind the catalogue names, specified or proposed. */
export type UploadKind = SpecifiedUploadKind | ProposedUploadKind;
export const UPLOAD_KINDS: readonly UploadKind[] = [...SPECIFIED_UPLOAD_KINDS, ...PROPOSED_UPLOAD_KINDS];

export function isSpecifiedUploadKind(value: string): value is SpecifiedUploadKind {
  return (SPECIFIED_UPLOAD_KINDS as readonly string[]).includes(value);
}

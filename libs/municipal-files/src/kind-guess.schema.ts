import { fileIssue } from './file-issue';
import { KIND_FORMATS, KindFormat } from './municipal-formats';
import { FileIssue } from './municipal.types';
import { type SpecifiedUploadKind, SPECIFIED_UPLOAD_KINDS } from '@koers/indicators';

/** A header fits a format when it has every required column of it and no column the format does not know. */
function fits(format: KindFormat, names: readonly string[]): boolean {
  const known = new Set(format.columns.map((spec) => spec.name));
  return names.every((name) => known.has(name)) && format.columns.every((spec) => !spec.required || names.includes(spec.name));
}

/** Another kind whose format the header fits exactly: the file was most likely sent as the wrong kind. */
export function kindFittingHeader(kind: SpecifiedUploadKind, names: readonly string[]): SpecifiedUploadKind | null {
  return SPECIFIED_UPLOAD_KINDS.find((other) => other !== kind && fits(KIND_FORMATS[other], names)) ?? null;
}

export function wrongKindIssue(kind: SpecifiedUploadKind, other: SpecifiedUploadKind, file: string, headerRow: number): FileIssue {
  const [sent, looks] = [KIND_FORMATS[kind].title, KIND_FORMATS[other].title];
  return fileIssue(
    'WRONG_KIND',
    { file, row: headerRow, column: null, value: other },
    `Dit lijkt een bestand van de soort ${other} (${looks.nl}): de kopregel past bij die soort, niet bij ${kind} (${sent.nl}). Laad het als ${other}; de rijen zijn niet gecontroleerd.`,
    `This looks like a file of the kind ${other} (${looks.en}): its header matches that kind, not ${kind} (${sent.en}). Load it as ${other}; the rows were not checked.`,
  );
}

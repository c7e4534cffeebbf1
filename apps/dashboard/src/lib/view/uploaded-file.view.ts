import type { UploadedFileView } from '@koers/api-contracts';
import type { SpecifiedUploadKind } from '@koers/indicators';
import { formatDateTime } from '../format/number.format';
import type { Lang } from '../i18n/lang';

/** The stored files whose figures count now (not withdrawn), of one kind when given, newest first as listed. */
export function activeUploads(files: readonly UploadedFileView[], kind?: SpecifiedUploadKind): UploadedFileView[] {
  return files.filter((file) => file.withdrawal === null && (kind === undefined || file.kind === kind));
}

/** How a stored file is named in a choice: its number (as in the table), name and when it came. */
export function uploadLabel(file: UploadedFileView, lang: Lang): string {
  return `#${file.id} ${file.name} (${formatDateTime(file.uploadedAt, lang)})`;
}

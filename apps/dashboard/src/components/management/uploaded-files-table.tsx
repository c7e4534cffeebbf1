import type { UploadedFileListResponse } from '@koers/api-contracts';
import { formatDateTime, formatFileSize } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { DataTable } from '../data-table';
import { ExampleDataTag } from '../example-data-tag';
import { RunLink } from './run-link';
import { UploadStatus } from './upload-status';

/**
 * The newest uploaded file versions: number and name (labelled when it is example data), kind, when, by whom,
 * size, run, and whether it counts or who withdrew it, when and why.
 */
export function UploadedFilesTable({ uploads, lang }: { uploads: UploadedFileListResponse; lang: Lang }) {
  const t = dictionary(lang).beheer;
  if (uploads.data.length === 0) return <p>{t.noUploads}</p>;
  return (
    <div data-testid="uploaded-files">
      <DataTable
        caption={t.newestFirst}
        numericFrom={4}
        leftColumns={[6]}
        headers={t.uploadHeaders}
        rows={uploads.data.map((file) => [
          <span key="name" data-upload={file.id}>
            <span className="break-all">
              #{file.id} {file.name}
            </span>{' '}
            {file.demo && <ExampleDataTag lang={lang} />}
          </span>,
          t.uploadKinds[file.kind],
          formatDateTime(file.uploadedAt, lang),
          file.uploadedBy,
          formatFileSize(file.sizeBytes, lang),
          file.runId ? <RunLink key="run" id={file.runId} lang={lang} /> : '–',
          <UploadStatus key="status" withdrawal={file.withdrawal} lang={lang} />,
        ])}
      />
    </div>
  );
}

import type { UploadedFileListResponse } from '@koers/api-contracts';
import { formatDateTime, formatFileSize } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { DataTable } from '../data-table';
import { ExampleDataTag } from '../example-data-tag';
import { RunLink } from './run-link';

/** The newest uploaded file versions: name (labelled when it is example data), kind, when, by whom, size, run. */
export function UploadedFilesTable({ uploads, lang }: { uploads: UploadedFileListResponse; lang: Lang }) {
  const t = dictionary(lang).beheer;
  if (uploads.data.length === 0) return <p>{t.noUploads}</p>;
  return (
    <div data-testid="uploaded-files">
      <DataTable
        caption={t.newestFirst}
        numericFrom={4}
        headers={t.uploadHeaders}
        rows={uploads.data.map((file) => [
          <span key="name" className="break-all">
            {file.name} {file.demo && <ExampleDataTag lang={lang} />}
          </span>,
          t.uploadKinds[file.kind],
          formatDateTime(file.uploadedAt, lang),
          file.uploadedBy,
          formatFileSize(file.sizeBytes, lang),
          file.runId ? <RunLink key="run" id={file.runId} lang={lang} /> : '–',
        ])}
      />
    </div>
  );
}

'use client';

import { useId } from 'react';
import type { UploadedFileView } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { uploadLabel } from '../../lib/view/uploaded-file.view';
import { managementTexts } from './management-texts';

/** What the upload form asks beside the file: a proefrun or a real load, and which stored file it replaces. */
export interface UploadChoices {
  readonly dryRun: boolean;
  /** The id of the stored file this one is a new version of; '' for a new file. */
  readonly replaces: string;
  readonly reason: string;
}

export const NEW_FILE: UploadChoices = { dryRun: false, replaces: '', reason: '' };

/** The proefrun box, the file a new version replaces (stored files of the chosen kind), and why. */
export function UploadOptions({
  lang,
  choices,
  replaceable,
  onChange,
}: {
  lang: Lang;
  choices: UploadChoices;
  replaceable: readonly UploadedFileView[];
  onChange: (choices: UploadChoices) => void;
}) {
  const t = managementTexts(lang).upload;
  const ids = { replaces: useId(), reason: useId() };
  return (
    <div className="space-y-2 text-tremor-default">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="dryRun"
          checked={choices.dryRun}
          onChange={(e) => onChange({ ...choices, dryRun: e.target.checked })}
          className="h-4 w-4 accent-teal-700"
        />
        {t.dryRun}
      </label>
      {replaceable.length > 0 && (
        <div className="flex max-w-xl flex-col">
          <label htmlFor={ids.replaces}>{t.replaces}</label>
          <select
            id={ids.replaces}
            name="replaces"
            value={choices.replaces}
            onChange={(e) => onChange({ ...choices, replaces: e.target.value })}
            className="rounded-tremor-small border border-gray-400 bg-white px-2 py-1"
          >
            <option value="">{t.replacesNone}</option>
            {replaceable.map((file) => (
              <option key={file.id} value={file.id}>
                {uploadLabel(file, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {choices.replaces !== '' && (
        <div className="flex max-w-xl flex-col">
          <label htmlFor={ids.reason}>{t.replaceReason}</label>
          <input
            id={ids.reason}
            name="reason"
            value={choices.reason}
            maxLength={500}
            onChange={(e) => onChange({ ...choices, reason: e.target.value })}
            className="rounded-tremor-small border border-gray-400 px-2 py-1"
          />
        </div>
      )}
    </div>
  );
}

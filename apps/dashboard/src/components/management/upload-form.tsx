'use client';

import { useRouter } from 'next/navigation';
import { DragEvent, FormEvent, useState } from 'react';
import type { UploadedFileView } from '@koers/api-contracts';
import { SPECIFIED_UPLOAD_KINDS, type SpecifiedUploadKind } from '@koers/indicators';
import { uploadFile, UploadOutcome, UploadRequestOptions } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { activeUploads } from '../../lib/view/uploaded-file.view';
import { ChoiceField } from './choice-field';
import { managementTexts } from './management-texts';
import { PanelSection } from './panel-section';
import { NEW_FILE, UploadChoices, UploadOptions } from './upload-options';
import { UploadResult } from './upload-result';

type UploadState = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'answered'; readonly outcome: UploadOutcome };

function requestOptions(choices: UploadChoices): UploadRequestOptions {
  return { dryRun: choices.dryRun, replaces: choices.replaces ? { id: choices.replaces, reason: choices.reason.trim() } : undefined };
}

/**
 * Upload of a municipal file (choose or drag and drop), with the templates: a proefrun or a real load, as a new
 * file or the new version of a stored one, and what the API made of it.
 */
export function UploadForm({ lang, apiKey, uploads }: { lang: Lang; apiKey: string; uploads: readonly UploadedFileView[] }) {
  const t = managementTexts(lang).upload;
  const router = useRouter();
  const [kind, setKind] = useState<SpecifiedUploadKind>('vacancy');
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<UploadChoices>(NEW_FILE);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setState({ kind: 'busy' });
    const outcome = await uploadFile(kind, file, file.name, apiKey, lang, requestOptions(choices));
    setState({ kind: 'answered', outcome });
    // The uploads and runs on the page are server-rendered: fetch them again to show this one.
    if (outcome.kind === 'loaded' || outcome.kind === 'rejected') router.refresh();
    if (outcome.kind === 'loaded') setChoices(NEW_FILE);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  function onKind(next: SpecifiedUploadKind) {
    setKind(next);
    setChoices({ ...choices, replaces: '', reason: '' });
  }

  return (
    <PanelSection id="upload-title" title={t.title}>
      <form onSubmit={onSubmit} className="space-y-2" data-testid="upload">
        <ChoiceField
          label={t.kind}
          name="kind"
          value={kind}
          options={SPECIFIED_UPLOAD_KINDS}
          texts={t.kinds}
          onChange={onKind}
          className="max-w-xs"
        />
        <p className="text-tremor-default">
          {t.template}:{' '}
          <a className="underline" href={`/api/v1/uploads/templates/${kind}.csv`}>
            CSV
          </a>{' '}
          ·{' '}
          <a className="underline" href={`/api/v1/uploads/templates/${kind}.xlsx`}>
            Excel
          </a>
        </p>
        <label
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
          className="flex min-h-24 cursor-pointer flex-col items-center justify-center rounded-tremor-default border-2 border-dashed border-teal-700 bg-teal-50 p-4 text-center focus-within:ring-2 focus-within:ring-teal-900"
        >
          <span>{file ? t.chosen(file.name) : t.drop}</span>
          <input type="file" name="file" accept=".csv,.xlsx" className="sr-only" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <UploadOptions lang={lang} choices={choices} replaceable={activeUploads(uploads, kind)} onChange={setChoices} />
        <button
          type="submit"
          disabled={!file || state.kind === 'busy'}
          className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white disabled:opacity-60"
        >
          {choices.dryRun ? t.checkSubmit : t.submit}
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === 'busy' && <p>{t.busy}</p>}
        {state.kind === 'answered' && <UploadResult outcome={state.outcome} lang={lang} />}
      </div>
    </PanelSection>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { DragEvent, FormEvent, useState } from 'react';
import type { UploadKind } from '@koers/api-contracts';
import { uploadFile, UploadOutcome } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { ChoiceField } from './choice-field';
import { managementTexts } from './management-texts';
import { PanelSection } from './panel-section';
import { UploadResult } from './upload-result';

const KINDS: readonly UploadKind[] = ['vacancy', 'employment', 'jobseekers'];

type UploadState = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'answered'; readonly outcome: UploadOutcome };

/** Upload of a municipal file (choose or drag and drop), with the templates and what the API made of it. */
export function UploadForm({ lang, apiKey }: { lang: Lang; apiKey: string }) {
  const t = managementTexts(lang).upload;
  const router = useRouter();
  const [kind, setKind] = useState<UploadKind>('vacancy');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setState({ kind: 'busy' });
    const outcome = await uploadFile(kind, file, file.name, apiKey, lang);
    setState({ kind: 'answered', outcome });
    // The uploads and runs on the page are server-rendered: fetch them again to show this one.
    if (outcome.kind === 'loaded' || outcome.kind === 'rejected') router.refresh();
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  return (
    <PanelSection id="upload-title" title={t.title}>
      <form onSubmit={onSubmit} className="space-y-2" data-testid="upload">
        <ChoiceField label={t.kind} name="kind" value={kind} options={KINDS} texts={t.kinds} onChange={setKind} className="max-w-xs" />
        <p className="text-tremor-default">
          {t.template}: <a className="underline" href={`/api/v1/uploads/templates/${kind}.csv`}>CSV</a> · <a className="underline" href={`/api/v1/uploads/templates/${kind}.xlsx`}>Excel</a>
        </p>
        <label onDragOver={(e) => e.preventDefault()} onDrop={onDrop} className="flex min-h-24 cursor-pointer flex-col items-center justify-center rounded-tremor-default border-2 border-dashed border-teal-700 bg-teal-50 p-4 text-center focus-within:ring-2 focus-within:ring-teal-900">
          <span>{file ? t.chosen(file.name) : t.drop}</span>
          <input type="file" name="file" accept=".csv,.xlsx" className="sr-only" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!file || state.kind === 'busy'} className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white disabled:opacity-60">{t.submit}</button>
      </form>
      <div aria-live="polite">
        {state.kind === 'busy' && <p>{t.busy}</p>}
        {state.kind === 'answered' && <UploadResult outcome={state.outcome} lang={lang} />}
      </div>
    </PanelSection>
  );
}

'use client';

import { Callout } from '@tremor/react';
import { useRouter } from 'next/navigation';
import { FormEvent, useId, useState } from 'react';
import type { UploadedFileView } from '@koers/api-contracts';
import { withdrawUpload, WithdrawOutcome } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { activeUploads, uploadLabel } from '../../lib/view/uploaded-file.view';
import { failureText, managementTexts } from './management-texts';
import { PanelSection } from './panel-section';

type WithdrawState =
  { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'answered'; readonly outcome: WithdrawOutcome };

/** Taking a stored file back (editor): which one and why; the API keeps who, when and why. */
export function WithdrawForm({ lang, apiKey, uploads }: { lang: Lang; apiKey: string; uploads: readonly UploadedFileView[] }) {
  const texts = managementTexts(lang);
  const t = texts.withdraw;
  const router = useRouter();
  const ids = { file: useId(), reason: useId() };
  const active = activeUploads(uploads);
  const [state, setState] = useState<WithdrawState>({ kind: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const id = String(form.get('file') ?? '');
    const reason = String(form.get('reason') ?? '').trim();
    if (!id || reason.length < 3) return;
    setState({ kind: 'busy' });
    const outcome = await withdrawUpload(id, reason, apiKey, lang);
    setState({ kind: 'answered', outcome });
    if (outcome.kind === 'ok') {
      element.reset();
      router.refresh();
    }
  }

  return (
    <PanelSection id="withdraw-title" title={t.title}>
      <p className="text-tremor-default">{t.help}</p>
      {active.length === 0 ? (
        <p className="text-tremor-default">{t.none}</p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-2 text-tremor-default" data-testid="withdraw">
          <div className="flex max-w-xl flex-col">
            <label htmlFor={ids.file}>{t.file}</label>
            <select id={ids.file} name="file" required className="rounded-tremor-small border border-gray-400 bg-white px-2 py-1">
              {active.map((file) => (
                <option key={file.id} value={file.id}>
                  {uploadLabel(file, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex max-w-xl flex-col">
            <label htmlFor={ids.reason}>{t.reason}</label>
            <textarea
              id={ids.reason}
              name="reason"
              required
              minLength={3}
              maxLength={500}
              rows={2}
              className="rounded-tremor-small border border-gray-400 px-2 py-1"
            />
          </div>
          <button
            type="submit"
            disabled={state.kind === 'busy'}
            className="rounded-tremor-small border border-rose-800 bg-white px-3 py-1.5 text-rose-900 disabled:opacity-60"
          >
            {t.submit}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {state.kind === 'busy' && <p>{t.busy}</p>}
        {state.kind === 'answered' && state.outcome.kind === 'ok' && (
          <Callout
            title={`✓ ${t.done(`#${state.outcome.file.id} ${state.outcome.file.name}`)}`}
            color="emerald"
            data-testid="withdraw-done"
          />
        )}
        {state.kind === 'answered' && state.outcome.kind !== 'ok' && (
          <Callout title={`✕ ${failureText(state.outcome, texts, t.forbidden)}`} color="rose" role="alert" />
        )}
      </div>
    </PanelSection>
  );
}

'use client';

import { useId, useState } from 'react';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Several lines (a BibTeX entry, an iframe snippet) in a text area; else one line. */
  readonly rows?: number;
  readonly texts: { readonly button: string; readonly done: string; readonly failed: string };
  readonly testId: string;
}

/**
 * A text to copy: shown read-only (so it can be selected and copied without script too) with a button that puts it
 * on the clipboard and says, for screen readers as well, whether that worked.
 */
export function CopyField({ label, value, rows, texts, testId }: Props) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  const field =
    'w-full rounded-tremor-small border border-tremor-border bg-gray-50 px-2 py-1 font-mono text-tremor-label text-tremor-content-strong';
  return (
    <div className="space-y-1" data-testid={testId}>
      <label htmlFor={id} className="block text-tremor-default font-medium">
        {label}
      </label>
      {rows ? (
        <textarea id={id} readOnly rows={rows} value={value} className={field} />
      ) : (
        <input id={id} readOnly value={value} className={field} />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={copy}
          className="rounded-tremor-small border border-tremor-brand px-2 py-1 text-tremor-default text-tremor-brand-emphasis hover:bg-teal-50"
        >
          {texts.button}
        </button>
        <span role="status" className="text-tremor-label text-tremor-content-emphasis">
          {state === 'done' ? texts.done : state === 'failed' ? texts.failed : ''}
        </span>
      </div>
    </div>
  );
}

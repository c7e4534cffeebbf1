'use client';

import { FormEvent, useState } from 'react';
import type { Lang } from '../../lib/i18n/lang';
import { isUnderWay, RUN_SOURCES, RunSource } from '../../lib/view/run-request.view';
import { ChoiceField } from './choice-field';
import { managementTexts } from './management-texts';
import { PanelSection } from './panel-section';
import { RunRequestStatus } from './run-request-status';
import { useRunRequest } from './use-run-request';

/** "Start a run" for administrators: a source, for CBS optionally one table, then the request as it proceeds. */
export function RunRequestForm({ lang, apiKey }: { lang: Lang; apiKey: string }) {
  const t = managementTexts(lang).run;
  const [source, setSource] = useState<RunSource>('cbs');
  const { state, start } = useRunRequest(apiKey, lang);
  const busy = state.kind === 'sending' || isUnderWay(state);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void start(source, String(new FormData(event.currentTarget).get('table') ?? ''));
  }

  return (
    <PanelSection id="run-title" title={t.title}>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" data-testid="run-request-form">
        <ChoiceField label={t.source} name="source" value={source} options={RUN_SOURCES} texts={t.sources} onChange={setSource} />
        {source === 'cbs' && (
          <label className="flex flex-col text-tremor-default">
            {t.table}
            <input
              name="table"
              type="text"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="run-table-help"
              className="rounded-tremor-small border border-gray-400 px-2 py-1 font-mono"
            />
          </label>
        )}
        <button type="submit" disabled={busy} className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white disabled:opacity-60">
          {t.submit}
        </button>
      </form>
      {source === 'cbs' && (
        <p id="run-table-help" className="text-tremor-default text-tremor-content-emphasis">
          {t.tableHelp}
        </p>
      )}
      <RunRequestStatus state={state} lang={lang} />
    </PanelSection>
  );
}

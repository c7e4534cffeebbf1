'use client';

import { FormEvent, useState } from 'react';
import type { AdoptEditionRequest } from '@koers/api-contracts';
import { type AdoptOutcome, adoptEdition } from '../../lib/api/editions.client';
import type { Lang } from '../../lib/i18n/lang';
import { href } from '../../lib/i18n/lang';
import { editionPath } from '../../lib/view/report-edition.view';
import { adoptEditionTexts } from './adopt-edition-texts';

const FIELD = 'flex flex-col text-tremor-default';
const INPUT = 'rounded-tremor-small border border-gray-400 px-2 py-1';

function outcomeText(outcome: AdoptOutcome, lang: Lang): string {
  const t = adoptEditionTexts(lang);
  switch (outcome.kind) {
    case 'adopted':
      return t.adopted(outcome.adoption.number, outcome.adoption.year);
    case 'unauthorized':
      return t.refused;
    case 'forbidden':
      return t.adminOnly;
    case 'unreachable':
      return t.unreachable;
    case 'failed':
      return t.failed(outcome.status, outcome.message);
    default: {
      const unknown: never = outcome;
      throw new Error(`Unknown outcome ${String(unknown)}`);
    }
  }
}

/** The adoption form: which year, by whom, the council meeting, optional dates; then the new edition's link. */
export function AdoptEditionForm({
  lang,
  apiKey,
  years,
  year,
  municipality,
}: {
  lang: Lang;
  apiKey: string;
  years: readonly number[];
  year: number;
  municipality: string;
}) {
  const t = adoptEditionTexts(lang);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AdoptOutcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const body: AdoptEditionRequest = {
      adoptedBy: text('adoptedBy'),
      councilMeeting: text('councilMeeting'),
      ...(text('adoptedOn') ? { adoptedOn: text('adoptedOn') } : {}),
      ...(text('peildatum') ? { peildatum: text('peildatum') } : {}),
    };
    setBusy(true);
    setOutcome(await adoptEdition(Number(text('year')), body, apiKey, lang));
    setBusy(false);
  }

  return (
    <div className="space-y-3" data-testid="adopt-edition">
      <form onSubmit={(event) => void onSubmit(event)} className="grid max-w-xl gap-3">
        <label className={FIELD}>
          {t.year}
          <select name="year" defaultValue={year} className={INPUT}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className={FIELD}>
          {t.adoptedBy}
          <input
            name="adoptedBy"
            type="text"
            required
            minLength={2}
            maxLength={200}
            defaultValue={t.adoptedByDefault(municipality)}
            className={INPUT}
          />
        </label>
        <label className={FIELD}>
          {t.councilMeeting}
          <input name="councilMeeting" type="date" required className={INPUT} />
        </label>
        <label className={FIELD}>
          {t.adoptedOn}
          <input name="adoptedOn" type="date" className={INPUT} />
        </label>
        <label className={FIELD}>
          {t.peildatum}
          <input name="peildatum" type="date" className={INPUT} />
        </label>
        <div>
          <button type="submit" disabled={busy} className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white disabled:opacity-60">
            {busy ? t.busy : t.submit}
          </button>
        </div>
      </form>
      {outcome && (
        <p
          role={outcome.kind === 'adopted' ? 'status' : 'alert'}
          data-testid="adopt-outcome"
          data-outcome={outcome.kind}
          className={`rounded-tremor-small border p-2 ${outcome.kind === 'adopted' ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-rose-300 bg-rose-50 text-rose-900'}`}
        >
          {outcomeText(outcome, lang)}{' '}
          {outcome.kind === 'adopted' && (
            <a className="underline" href={href(lang, editionPath(outcome.adoption))}>
              {t.open}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

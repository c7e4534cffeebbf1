'use client';

import type { FormEvent } from 'react';
import type { Lang } from '../../lib/i18n/lang';
import { managementTexts } from './management-texts';

/** The API key form; the key field is a password field and never autocompleted. */
export function SignInForm({ lang, error, onSignIn }: { lang: Lang; error: string | null; onSignIn: (key: string) => void }) {
  const t = managementTexts(lang).signIn;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('key') ?? '').trim();
    if (value) onSignIn(value);
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="sign-in">
      <h2 className="text-tremor-title font-semibold">{t.title}</h2>
      <label className="flex max-w-md flex-col text-tremor-default">
        {t.key}
        <input name="key" type="password" autoComplete="off" required className="rounded-tremor-small border border-gray-400 px-2 py-1" />
      </label>
      <button type="submit" className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white">
        {t.submit}
      </button>
      {error && (
        <p role="alert" className="rounded-tremor-small border border-rose-300 bg-rose-50 p-2 text-rose-900">
          ✕ {error}
        </p>
      )}
    </form>
  );
}

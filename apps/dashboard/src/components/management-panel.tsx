'use client';

import { DragEvent, FormEvent, useEffect, useState } from 'react';

type Kind = 'vacancy' | 'employment' | 'jobseekers';
interface Issue { row: number | null; column: string | null; value: string | null; message: string; message_en?: string }
type UploadState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'issues'; issues: Issue[] } | { kind: 'error'; text: string };

const KEY = 'koers.apiKey';
const KINDS: Kind[] = ['vacancy', 'employment', 'jobseekers'];
const T = {
  nl: {
    signIn: 'Aanmelden met een API-sleutel', key: 'API-sleutel', submit: 'Aanmelden', signOut: 'Afmelden', refused: 'Deze sleutel is geweigerd: hij is onbekend of ingetrokken.',
    unreachable: 'De API is niet bereikbaar.', signedIn: (role: string, prefix: string) => `Aangemeld als ${role} (${prefix}).`, kind: 'Soort bestand',
    kinds: { vacancy: 'Leegstand', employment: 'Banen en vestigingen', jobseekers: 'Werkzoekenden' } as Record<Kind, string>,
    drop: 'Sleep een CSV- of Excel-bestand hierheen, of kies een bestand', chosen: (name: string) => `Gekozen: ${name}`, upload: 'Uploaden', template: 'Sjabloon',
    busy: 'Bezig met uploaden…', created: 'Het bestand is geladen.', already: 'Dit bestand was al geladen; er is niets veranderd.', rejected: 'Het bestand is geweigerd. Dit moet anders:',
    row: 'Rij', column: 'Kolom', value: 'Waarde', message: 'Probleem', noUploads: 'Uploaden kan (nog) niet: de API biedt dit adres niet aan.', forbidden: 'Deze sleutel mag niet uploaden (editor of admin nodig).',
    failed: (s: number) => `Uploaden mislukte (status ${s}).`, run: 'Een ETL-run starten kan (nog) niet vanuit het dashboard: de API biedt daar geen adres voor. Gebruik `npm run etl`.',
  },
  en: {
    signIn: 'Sign in with an API key', key: 'API key', submit: 'Sign in', signOut: 'Sign out', refused: 'This key was refused: it is unknown or revoked.',
    unreachable: 'The API cannot be reached.', signedIn: (role: string, prefix: string) => `Signed in as ${role} (${prefix}).`, kind: 'Kind of file',
    kinds: { vacancy: 'Vacancy', employment: 'Jobs and establishments', jobseekers: 'Jobseekers' } as Record<Kind, string>,
    drop: 'Drag a CSV or Excel file here, or choose a file', chosen: (name: string) => `Chosen: ${name}`, upload: 'Upload', template: 'Template',
    busy: 'Uploading…', created: 'The file was loaded.', already: 'This file was loaded before; nothing changed.', rejected: 'The file was refused. This needs to change:',
    row: 'Row', column: 'Column', value: 'Value', message: 'Problem', noUploads: 'Uploading is not possible (yet): the API does not offer this address.', forbidden: 'This key may not upload (editor or admin needed).',
    failed: (s: number) => `The upload failed (status ${s}).`, run: 'Starting an ETL run from the dashboard is not possible (yet): the API offers no address for it. Use `npm run etl`.',
  },
};

/** Sign-in (key kept in session storage, checked with /auth/whoami) and the upload with drag and drop. */
export function ManagementPanel({ lang }: { lang: 'nl' | 'en' }) {
  const t = T[lang];
  const [key, setKey] = useState<string | null>(null);
  const [who, setWho] = useState<{ role: string; prefix: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('vacancy');
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });

  async function check(candidate: string): Promise<void> {
    try {
      const response = await fetch('/api/v1/auth/whoami', { headers: { authorization: `Bearer ${candidate}` } });
      if (!response.ok) {
        sessionStorage.removeItem(KEY);
        setKey(null);
        setWho(null);
        setError(response.status === 401 || response.status === 403 ? t.refused : t.unreachable);
        return;
      }
      sessionStorage.setItem(KEY, candidate);
      setKey(candidate);
      setWho((await response.json()) as { role: string; prefix: string });
      setError(null);
    } catch {
      setError(t.unreachable);
    }
  }

  useEffect(() => {
    const stored = sessionStorage.getItem(KEY);
    if (stored) void check(stored);
  }, []);

  function onSignIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('key') ?? '').trim();
    if (value) void check(value);
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || !key) return;
    setUpload({ kind: 'busy' });
    const body = new FormData();
    body.set('file', file);
    try {
      const response = await fetch(`/api/v1/uploads/${kind}`, { method: 'POST', body, headers: { authorization: `Bearer ${key}` } });
      const json = (await response.json().catch(() => null)) as { issues?: Issue[] } | null;
      if (response.status === 201) setUpload({ kind: 'done', text: t.created });
      else if (response.status === 200) setUpload({ kind: 'done', text: t.already });
      else if (response.status === 422 && json?.issues) setUpload({ kind: 'issues', issues: json.issues });
      else if (response.status === 404) setUpload({ kind: 'error', text: t.noUploads });
      else if (response.status === 401 || response.status === 403) setUpload({ kind: 'error', text: t.forbidden });
      else setUpload({ kind: 'error', text: t.failed(response.status) });
    } catch {
      setUpload({ kind: 'error', text: t.unreachable });
    }
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  if (!who) {
    return (
      <form onSubmit={onSignIn} className="space-y-2" data-testid="sign-in">
        <h2 className="text-tremor-title font-semibold">{t.signIn}</h2>
        <label className="flex max-w-md flex-col text-tremor-default">
          {t.key}
          <input name="key" type="password" autoComplete="off" required className="rounded-tremor-small border border-gray-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white">{t.submit}</button>
        {error && <p role="alert" className="rounded-tremor-small border border-rose-300 bg-rose-50 p-2 text-rose-900">✕ {error}</p>}
      </form>
    );
  }
  return (
    <div className="space-y-4" data-testid="signed-in">
      <p className="flex flex-wrap items-center gap-3">
        <span>✓ {t.signedIn(who.role, who.prefix)}</span>
        <button type="button" className="underline" onClick={() => { sessionStorage.removeItem(KEY); setWho(null); setKey(null); }}>{t.signOut}</button>
      </p>
      <form onSubmit={onUpload} className="space-y-2" data-testid="upload">
        <label className="flex max-w-xs flex-col text-tremor-default">
          {t.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} className="rounded-tremor-small border border-gray-400 bg-white px-2 py-1">
            {KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </select>
        </label>
        <p className="text-tremor-default">
          {t.template}: <a className="underline" href={`/api/v1/uploads/templates/${kind}.csv`}>CSV</a> · <a className="underline" href={`/api/v1/uploads/templates/${kind}.xlsx`}>Excel</a>
        </p>
        <label onDragOver={(e) => e.preventDefault()} onDrop={onDrop} className="flex min-h-24 cursor-pointer flex-col items-center justify-center rounded-tremor-default border-2 border-dashed border-teal-700 bg-teal-50 p-4 text-center focus-within:ring-2 focus-within:ring-teal-900">
          <span>{file ? t.chosen(file.name) : t.drop}</span>
          <input type="file" name="file" accept=".csv,.xlsx" className="sr-only" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!file || upload.kind === 'busy'} className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white disabled:opacity-60">{t.upload}</button>
      </form>
      <div aria-live="polite">
        {upload.kind === 'busy' && <p>{t.busy}</p>}
        {upload.kind === 'done' && <p className="text-emerald-900">✓ {upload.text}</p>}
        {upload.kind === 'error' && <p role="alert" className="text-rose-900">✕ {upload.text}</p>}
        {upload.kind === 'issues' && (
          <div role="alert" data-testid="upload-issues">
            <p className="font-medium text-rose-900">✕ {t.rejected}</p>
            <table className="mt-2 w-full text-tremor-default">
              <thead><tr className="border-b text-left"><th scope="col">{t.row}</th><th scope="col">{t.column}</th><th scope="col">{t.value}</th><th scope="col">{t.message}</th></tr></thead>
              <tbody>
                {upload.issues.map((issue, i) => (
                  <tr key={i} className="border-b"><td>{issue.row ?? '–'}</td><td>{issue.column ?? '–'}</td><td>{issue.value ?? '–'}</td><td>{lang === 'en' && issue.message_en ? issue.message_en : issue.message}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <p className="text-tremor-default text-tremor-content-emphasis">{t.run}</p>
    </div>
  );
}

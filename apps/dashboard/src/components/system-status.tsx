import type { ApiResult } from '../lib/api/api-client';
import type { HealthResponse } from '@koers/api-contracts';
import type { Lang } from '../lib/i18n/lang';

/** API and database state, in words and with an icon, never by colour alone. */
export function SystemStatus({ health, lang = 'nl' }: { health: ApiResult<HealthResponse>; lang?: Lang }) {
  const nl = lang === 'nl';
  const up = health.ok && health.data.status === 'ok';
  const detail = !health.ok
    ? nl
      ? health.message
      : 'The Koers API cannot be reached.'
    : health.data.database === 'down'
      ? nl
        ? 'De API draait, maar de database is niet bereikbaar.'
        : 'The API runs, but the database cannot be reached.'
      : health.data.migrationsPending
        ? nl
          ? 'De database is bereikbaar, maar het schema is niet bijgewerkt.'
          : 'The database is reachable, but its schema is not up to date.'
        : nl
          ? `API en database zijn bereikbaar (versie ${health.data.version}).`
          : `API and database are reachable (version ${health.data.version}).`;
  return (
    <section className="rounded-tremor-default border border-tremor-border bg-white p-4 no-print" aria-labelledby="systeemstatus">
      <h2 id="systeemstatus" className="text-tremor-title font-semibold">
        {nl ? 'Systeemstatus' : 'System status'}
      </h2>
      <div className="mt-2 flex items-center gap-3">
        <span
          className={`inline-flex items-center gap-1 rounded-tremor-full border px-2 py-0.5 text-tremor-label font-medium ${up ? 'border-emerald-300 bg-emerald-100 text-emerald-900' : 'border-rose-300 bg-rose-100 text-rose-900'}`}
        >
          <span aria-hidden="true">{up ? '✓' : '✕'}</span> {up ? (nl ? 'In bedrijf' : 'Running') : nl ? 'Storing' : 'Outage'}
        </span>
        <span className="text-tremor-default">{detail}</span>
      </div>
    </section>
  );
}

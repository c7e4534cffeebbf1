import { Badge, Card, Text, Title } from '@tremor/react';
import type { ApiResult } from '../lib/api/api-client';
import type { Health } from '../lib/api/health';

/** API and database state, in words and with an icon, never by colour alone. */
export function SystemStatus({ health }: { health: ApiResult<Health> }) {
  const up = health.ok && health.data.status === 'ok';
  const detail = !health.ok
    ? health.message
    : health.data.database === 'down'
      ? 'De API draait, maar de database is niet bereikbaar.'
      : health.data.migrationsPending
        ? 'De database is bereikbaar, maar het schema is niet bijgewerkt.'
        : `API en database zijn bereikbaar (versie ${health.data.version}).`;
  return (
    <Card>
      <Title>Systeemstatus</Title>
      <div className="mt-2 flex items-center gap-3">
        <Badge color={up ? 'emerald' : 'rose'}>{up ? '✓ In bedrijf' : '✕ Storing'}</Badge>
        <Text>{detail}</Text>
      </div>
    </Card>
  );
}

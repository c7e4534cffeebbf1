import { SystemStatus } from '../components/system-status';
import { getHealth } from '../lib/api/health';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const health = await getHealth();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-tremor-metric font-semibold">Is Assen op koers?</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">
          Koers volgt de vijf ambities van de omgevingsvisie van Assen met open cijfers van het CBS en van de gemeente
          zelf: per ambitie de indicatoren, hun doelen en of de stad op koers ligt.
        </p>
      </div>
      <SystemStatus health={health} />
    </div>
  );
}

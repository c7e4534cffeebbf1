import { FakeCbsServer } from '../../apps/etl/src/sources/cbs/test-support/fake/fake-cbs.server';
import { generateKwbTable } from '../../apps/etl/src/sources/cbs/test-support/fake/fake-kwb-table';

// The fake CBS server with one generated KWB-sized table, in its own process so the loader's memory is measured
// alone. Prints its address, then serves until stopped.
async function serve(): Promise<void> {
  const regions = Number(process.argv[2] ?? '17000');
  const topics = Number(process.argv[3] ?? '120');
  const fake = new FakeCbsServer({ loadFixtures: false, feedPageSize: 10_000 });
  fake.registerV3Table(generateKwbTable({ tableId: '99999NED', regions, topics, year: 2025, modified: '2026-03-01T02:00:00' }));
  const { url } = await fake.start();
  console.log(url);
  process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
}

void serve();

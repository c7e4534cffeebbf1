import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@koers/config';
import type { ApiOptions } from '../../apps/api/src/api-options';
import { createApp } from '../../apps/api/src/create-app';
import { runBenchmark } from '../bench-support';
import { answerStatsRequests } from './process-stats';

// The API in its own process for the benchmark, on loopback, so the load generator does not share its event loop.
// Usage: serve-api.ts <database-url> <options-json>; prints the port, stops on SIGTERM.

async function main(): Promise<void> {
  answerStatsRequests();
  const [url, optionsJson] = process.argv.slice(2);
  const options = JSON.parse(optionsJson ?? '{}') as Partial<ApiOptions>;
  const app = await createApp(loadConfig({ KOERS_SEED: 'off' }), url!, false, options);
  await app.listen(0, '127.0.0.1');
  process.stdout.write(`${(app.getHttpServer().address() as AddressInfo).port}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

runBenchmark(main);

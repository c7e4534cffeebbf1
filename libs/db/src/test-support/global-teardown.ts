import { rmSync } from 'node:fs';

/** Stops the throwaway embedded server of the test run and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__koersTestDatabase;
  if (!started) return;
  await started.server.release();
  rmSync(started.home, { recursive: true, force: true });
}

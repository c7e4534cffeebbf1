import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@koers/config';
import { RUNNABLE_SOURCE_IDS, SourceAdapter } from '@koers/loading';
import { EtlModule } from '../etl.module';
import { SOURCE_ADAPTERS } from './source-adapters';

describe('SourcesModule', () => {
  it('should register exactly the sources the API accepts run requests for', async () => {
    // No query is made: the pool connects lazily, so an unreachable URL is fine for wiring.
    const app = await NestFactory.createApplicationContext(EtlModule.forRoot(loadConfig({}), 'postgres://nobody@127.0.0.1:1/none', { schedule: false }), { logger: false });
    try {
      const ids = app.get<SourceAdapter[]>(SOURCE_ADAPTERS).map((adapter) => adapter.id);
      expect([...ids].sort()).toEqual([...RUNNABLE_SOURCE_IDS].sort());
    } finally {
      await app.close();
    }
  });
});

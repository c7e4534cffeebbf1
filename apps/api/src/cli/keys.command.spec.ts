import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runProgram } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { type TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { ApiKeyService } from '../auth/api-key.service';
import { CliModule } from './cli.module';
import { API_COMMANDS } from './keys.command';

describe('npm run api -- keys', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;
  let keys: ApiKeyService;
  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    app = await NestFactory.createApplicationContext(CliModule.forRoot(loadConfig({}), database.url), { logger: false });
    keys = app.get(ApiKeyService);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function run(...argv: string[]): Promise<{ code: number; lines: string[]; errors: string[] }> {
    const lines: string[] = [];
    const errors: string[] = [];
    const program = { name: 'npm run api', commands: API_COMMANDS, open: async () => ({ context: keys, close: async () => undefined }) };
    const code = await runProgram(program, argv, { line: (t) => lines.push(t), error: (t) => errors.push(t) });
    return { code, lines, errors };
  }

  it('should print a new key once on stdout when a key is created', async () => {
    const { code, lines, errors } = await run('keys', 'create', '--role', 'admin', '--name', 'first admin');
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^koers_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(errors[0]).toContain('shown only this once');
    expect(await keys.verify(lines[0]!)).toEqual({ role: 'admin', prefix: lines[0]!.slice(0, 14), name: 'first admin' });
  });

  it('should list keys without the keys and stop one when it is revoked by its prefix', async () => {
    const created = (await run('keys', 'create', '--role=editor')).lines[0]!;
    const prefix = created.slice(0, 14);
    const listed = await run('keys', 'list');
    expect(listed.lines.find((l) => l.startsWith(prefix))).toMatch(/editor\s+active/);
    expect(listed.lines.join('\n')).not.toContain(created.slice(15));
    expect(await run('keys', 'revoke', prefix)).toMatchObject({ code: 0, lines: [`Revoked ${prefix}.`] });
    expect(await keys.verify(created)).toBeNull();
    expect((await run('keys', 'list')).lines.find((l) => l.startsWith(prefix))).toMatch(/editor\s+revoked/);
    expect(await run('keys', 'revoke', prefix)).toMatchObject({ code: 1, errors: [`No active key with prefix ${prefix}.`] });
  });

  it('should exit 2 with the usage when the command or role is wrong', async () => {
    expect((await run('keys', 'create', '--role', 'root')).code).toBe(2);
    expect((await run('keys', 'rotate')).code).toBe(2);
    expect((await run('users')).code).toBe(2);
    const missing = await run('keys', 'create', '--role');
    expect(missing.code).toBe(2);
    expect(missing.errors[0]).toContain('--role needs a value');
    expect((await run('keys', 'revoke')).code).toBe(2);
  });
});

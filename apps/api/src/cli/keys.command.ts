import type { ApiRole } from '@koers/api-contracts';
import { type CliArguments, type CliOutput, assertKnownOptions, stringFlag } from '@koers/cli';
import { API_ROLES } from '@koers/db';
import type { ApiKeyService } from '../auth/api-key.service';

export type KeyStore = Pick<ApiKeyService, 'create' | 'list' | 'revoke'>;

export const KEYS_USAGE = [
  'usage: npm run api -- keys <command>',
  '  keys create --role viewer|editor|admin [--name TEXT]   make a key; it is printed once, only its hash is kept',
  '  keys list                                              every key: prefix, role, name, created, last used, revoked',
  '  keys revoke <prefix>                                   stop a key (koers_1a2b3c4d)',
].join('\n');

/** The options of each `keys` command; any other is refused before the database is opened. */
const KEYS_OPTIONS: Readonly<Record<string, readonly string[]>> = { create: ['role', 'name'], list: [], revoke: [] };

/**
 * @throws CliArgumentsError when the `keys` command is given an option it does not have.
 */
export function assertKeysOptions(args: CliArguments): void {
  const command = args.positional[1] ?? '';
  const known = KEYS_OPTIONS[command];
  if (known) assertKnownOptions(args, `keys ${command}`, known);
}

function isRole(value: string | undefined): value is ApiRole {
  return (API_ROLES as readonly string[]).includes(value ?? '');
}

async function create(keys: KeyStore, args: CliArguments, out: CliOutput): Promise<number> {
  const role = stringFlag(args, 'role');
  if (!isRole(role)) {
    out.error(`--role must be one of ${API_ROLES.join(', ')}`);
    return 2;
  }
  const created = await keys.create(role, stringFlag(args, 'name') ?? null);
  out.line(created.key);
  out.error(`Made a new ${role} key (${created.prefix}). It is shown only this once: store it now. Use it as "Authorization: Bearer <key>".`);
  return 0;
}

async function list(keys: KeyStore, out: CliOutput): Promise<number> {
  const all = await keys.list();
  if (all.length === 0) out.line('No keys yet.');
  for (const key of all) {
    const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
    out.line(`${key.prefix}  ${key.role.padEnd(6)}  ${state.padEnd(32)}  created ${key.createdAt}  last used ${key.lastUsedAt ?? 'never'}  ${key.name ?? ''}`.trimEnd());
  }
  return 0;
}

async function revoke(keys: KeyStore, prefix: string | undefined, out: CliOutput): Promise<number> {
  if (!prefix) {
    out.error(KEYS_USAGE);
    return 2;
  }
  if (!(await keys.revoke(prefix))) {
    out.error(`No active key with prefix ${prefix}.`);
    return 1;
  }
  out.line(`Revoked ${prefix}.`);
  return 0;
}

/** `keys create|list|revoke`: the exit code of the command. */
export async function runKeysCommand(keys: KeyStore, args: CliArguments, out: CliOutput): Promise<number> {
  const [group, command, operand] = args.positional;
  if (group !== 'keys') {
    out.error(KEYS_USAGE);
    return 2;
  }
  switch (command) {
    case 'create':
      return create(keys, args, out);
    case 'list':
      return list(keys, out);
    case 'revoke':
      return revoke(keys, operand, out);
    default:
      out.error(KEYS_USAGE);
      return 2;
  }
}

import type { ApiRole } from '@koers/api-contracts';
import { type CliCommand, stringFlag } from '@koers/cli';
import { API_ROLES } from '@koers/db';
import type { ApiKeyService } from '../auth/api-key.service';

export type KeyStore = Pick<ApiKeyService, 'create' | 'list' | 'revoke'>;

function isRole(value: string | undefined): value is ApiRole {
  return (API_ROLES as readonly string[]).includes(value ?? '');
}

/** `keys create --role viewer|editor|admin [--name TEXT]`: the new key alone on stdout, so it can be piped on. */
const createKey: CliCommand<KeyStore> = {
  name: 'keys create',
  usage: 'keys create --role viewer|editor|admin [--name TEXT]',
  summary: 'make a key; it is printed once, only its hash is kept',
  switches: [],
  valueOptions: ['role', 'name'],
  async run(keys, args, out) {
    const role = stringFlag(args, 'role');
    if (!isRole(role)) {
      out.error(`--role must be one of ${API_ROLES.join(', ')}`);
      return 2;
    }
    const created = await keys.create(role, stringFlag(args, 'name') ?? null);
    out.line(created.key);
    out.error(
      `Made a new ${role} key (${created.prefix}). It is shown only this once: store it now. Use it as "Authorization: Bearer <key>".`,
    );
    return 0;
  },
};

const listKeys: CliCommand<KeyStore> = {
  name: 'keys list',
  usage: 'keys list',
  summary: 'every key: prefix, role, name, created, last used, revoked',
  switches: [],
  valueOptions: [],
  async run(keys, _args, out) {
    const all = await keys.list();
    if (all.length === 0) out.line('No keys yet.');
    for (const key of all) {
      const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
      out.line(
        `${key.prefix}  ${key.role.padEnd(6)}  ${state.padEnd(32)}  created ${key.createdAt}  last used ${key.lastUsedAt ?? 'never'}  ${key.name ?? ''}`.trimEnd(),
      );
    }
    return 0;
  },
};

const revokeKey: CliCommand<KeyStore> = {
  name: 'keys revoke',
  usage: 'keys revoke <prefix>',
  summary: 'stop a key (koers_1a2b3c4d)',
  switches: [],
  valueOptions: [],
  async run(keys, args, out) {
    const prefix = args.positional[0];
    if (!prefix) {
      out.error(`usage: npm run api -- ${revokeKey.usage}`);
      return 2;
    }
    if (!(await keys.revoke(prefix))) {
      out.error(`No active key with prefix ${prefix}.`);
      return 1;
    }
    out.line(`Revoked ${prefix}.`);
    return 0;
  },
};

/** Every command of `npm run api`, registered once here. */
export const API_COMMANDS: readonly CliCommand<KeyStore>[] = [createKey, listKeys, revokeKey];

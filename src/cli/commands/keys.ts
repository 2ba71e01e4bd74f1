/**
 * `sanctions keys create --name <label> [--rate-limit <requests-per-minute>] [--json]`,
 * `sanctions keys list [--json]`, `sanctions keys revoke <id|prefix>`: API keys for `serve`.
 * A new key is printed once, on its own line (or as `key` in JSON); only its hash is kept.
 */
import type { Command } from 'commander';
import { createApiKey, revokeApiKey } from '../../service/api-keys.js';
import type { ApiKeyRecord } from '../../store/store.js';
import { withStore, writeJson, type CliContext } from '../context.js';
import { numberOption } from './match-options.js';

function keyView(key: ApiKeyRecord) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created_at: key.createdAt,
    revoked_at: key.revokedAt,
    rate_limit: key.rateLimit,
    last_used_at: key.lastUsedAt,
  };
}

const describeLimit = (key: ApiKeyRecord) => (key.rateLimit === null ? 'default limit' : `${key.rateLimit}/min`);

function keyLine(key: ApiKeyRecord): string {
  const state = key.revokedAt === null ? 'active' : `revoked ${key.revokedAt}`;
  const used = key.lastUsedAt === null ? 'never used' : `last used ${key.lastUsedAt}`;
  return `${String(key.id).padStart(4)}  ${key.prefix}  ${key.name}  (created ${key.createdAt}, ${describeLimit(key)}, ${used}, ${state})\n`;
}

export function registerKeys(program: Command, context: CliContext): void {
  const keys = program.command('keys').description('API keys for the HTTP API (sanctions serve)');
  keys
    .command('create')
    .description('create a key; it is printed once and only its hash is stored')
    .requiredOption('--name <label>', 'who or what uses the key')
    .option('--rate-limit <n>', 'requests per minute (default: the server default, 600)', numberOption('--rate-limit'))
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const { key, record } = await withStore(context, command.optsWithGlobals(), (store) =>
        createApiKey(store, { name: options.name, rateLimit: options.rateLimit }),
      );
      if (options.json) return writeJson(context, { ...keyView(record), key });
      context.write(`${key}\n`);
      context.notice(`key ${record.id} "${record.name}" (${record.prefix}, ${describeLimit(record)}); it is not shown again\n`);
    });
  keys
    .command('list')
    .description('every key, revoked ones included (never the keys themselves)')
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const records = await withStore(context, command.optsWithGlobals(), (store) => store.access.listApiKeys());
      if (options.json) return writeJson(context, records.map(keyView));
      if (records.length === 0) return context.write('no API keys (create one: sanctions keys create --name <label>)\n');
      for (const record of records) context.write(keyLine(record));
    });
  keys
    .command('revoke')
    .description('revoke a key by its id or prefix; servers refuse it within seconds')
    .argument('<id|prefix>', 'the key id or its prefix as listed')
    .action(async (reference: string, _options, command: Command) => {
      const record = await withStore(context, command.optsWithGlobals(), (store) => revokeApiKey(store, reference));
      context.write(`revoked key ${record.id} "${record.name}" (${record.prefix}) at ${record.revokedAt}\n`);
    });
}

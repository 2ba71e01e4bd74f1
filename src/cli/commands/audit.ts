/**
 * `sanctions audit [--from DATE] [--to DATE] [--key <id|prefix>] [--route R] [--limit N] [--json]`:
 * the audit log of match and screen requests, newest first (default 100 entries). DATE is
 * YYYY-MM-DD (UTC, --to includes the whole day) or a UTC timestamp; --route /match also lists
 * /match/default and the other routes under it.
 */
import type { Command } from 'commander';
import { auditEntryView, listAuditEntries } from '../../service/audit.js';
import type { StoredAuditEntry } from '../../store/store.js';
import { withStore, writeJson, type CliContext } from '../context.js';
import { numberOption } from './match-options.js';

function entryLine(entry: StoredAuditEntry): string {
  const key = entry.apiKeyId === null ? 'anonymous' : `key ${entry.apiKeyId}`;
  const answer = entry.jobId !== null ? `job ${entry.jobId}` : entry.results.map((r) => `${r.entityId} ${r.score}`).join(', ') || 'no results';
  const snapshots = entry.snapshots.map((s) => `${s.dataset}@${s.asOf}`).join(' ');
  return `${entry.at}  ${entry.status}  ${entry.route}  ${key}  ${entry.requestId}  query ${entry.queryHash.slice(0, 12)}  [${snapshots}]  ${answer}\n`;
}

export function registerAudit(program: Command, context: CliContext): void {
  program
    .command('audit')
    .description('the audit log of match and screen requests, newest first')
    .option('--from <date>', 'entries from this date or UTC timestamp')
    .option('--to <date>', 'entries up to this date (inclusive) or UTC timestamp')
    .option('--key <id|prefix>', "one API key's requests")
    .option('--route <path>', 'one route and the routes under it, e.g. /match')
    .option('--limit <n>', 'at most this many entries (default 100)', numberOption('--limit'))
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const entries = await withStore(context, command.optsWithGlobals(), (store) =>
        listAuditEntries(store, { from: options.from, to: options.to, key: options.key, route: options.route, limit: options.limit }),
      );
      if (options.json) return writeJson(context, entries.map(auditEntryView));
      if (entries.length === 0) return context.write('no audit entries match\n');
      for (const entry of entries) context.write(entryLine(entry));
    });
}

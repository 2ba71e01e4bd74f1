/** `sanctions changes --dataset NAME [--from DATE] [--to DATE] [--type T,...] --json` */
import type { Command } from 'commander';
import { InvalidInputError } from '../../model/errors.js';
import type { EventType } from '../../history/events.js';
import { listChanges } from '../../service/entities.js';
import { eventView } from '../../service/views.js';
import { withStore, writeJson, type CliContext } from '../context.js';

const EVENT_TYPES: readonly EventType[] = ['designated', 'delisted', 'relisted', 'amended'];

function parseTypes(text: string | undefined): EventType[] | undefined {
  if (text === undefined) return undefined;
  const types = text.split(',').map((t) => t.trim());
  for (const type of types) {
    if (!EVENT_TYPES.includes(type as EventType)) throw new InvalidInputError(`--type: unknown event type "${type}"; use ${EVENT_TYPES.join(', ')}`);
  }
  return types as EventType[];
}

export function registerChanges(program: Command, context: CliContext): void {
  program
    .command('changes')
    .description('designations, delistings, relistings and amendments of a dataset in a date range')
    .requiredOption('--dataset <name>', 'dataset name')
    .option('--from <date>', 'first date, inclusive (YYYY-MM-DD)')
    .option('--to <date>', 'last date, inclusive (YYYY-MM-DD)')
    .option('--type <types>', 'comma-separated event types to keep')
    .option('--json', 'print a JSON array')
    .action(async (options, command: Command) => {
      const events = await withStore(context, command.optsWithGlobals(), (store) =>
        listChanges(store, { dataset: options.dataset, from: options.from, to: options.to, types: parseTypes(options.type) }),
      );
      const rows = events.map(eventView);
      if (options.json) return writeJson(context, rows);
      for (const row of rows) {
        const changed = row.changed.length > 0 ? ` (${row.changed.join(', ')})` : '';
        context.write(`${row.date}  ${row.type.padEnd(10)}  ${row.entity_id.padEnd(14)}  ${row.caption}${changed}\n`);
      }
      context.notice(`${rows.length} events\n`);
    });
}

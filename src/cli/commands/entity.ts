/**
 * `sanctions entity <id> [--as-of DATE] --json` — the entity as it stood on a date.
 * `sanctions history <id> --json` — its events and every value with first/last seen dates.
 */
import type { Command } from 'commander';
import { entityAsOf, entityHistory } from '../../service/entities.js';
import { withStore, writeJson, type CliContext } from '../context.js';

export function registerEntity(program: Command, context: CliContext): void {
  program
    .command('entity')
    .description('an entity as it stood on a date (default: as last recorded)')
    .argument('<entity-id>', 'e.g. ofac-16685')
    .option('--as-of <date>', 'show the entity as listed on this date (YYYY-MM-DD)')
    .option('--json', 'print JSON')
    .action(async (entityId: string, options, command: Command) => {
      const view = await withStore(context, command.optsWithGlobals(), (store) => entityAsOf(store, entityId, options.asOf));
      if (options.json) return writeJson(context, view);
      context.write(`${view.caption} (${view.schema}, ${view.id}) ${view.listed ? 'listed' : 'no longer listed'}\n`);
      context.write(`datasets: ${view.datasets.join(', ')}; first seen ${view.first_seen}, last seen ${view.last_seen}\n`);
      for (const [prop, values] of Object.entries(view.properties)) context.write(`  ${prop}: ${values.join(' | ')}\n`);
    });
}

export function registerHistory(program: Command, context: CliContext): void {
  program
    .command('history')
    .description("an entity's events and each property value with the dates it was first and last seen")
    .argument('<entity-id>', 'e.g. ofac-24226')
    .option('--json', 'print JSON')
    .action(async (entityId: string, options, command: Command) => {
      const history = await withStore(context, command.optsWithGlobals(), (store) => entityHistory(store, entityId));
      const events = history.events.map((e) => ({ date: e.date, type: e.type, dataset: e.dataset, snapshot: e.snapshotDate, changed: e.changed }));
      if (options.json) return writeJson(context, { id: history.id, events, values: history.values });
      for (const e of events) context.write(`${e.date}  ${e.type.padEnd(10)} ${e.dataset}${e.changed.length ? ` (${e.changed.join(', ')})` : ''}\n`);
      for (const v of history.values) context.write(`  ${v.prop} = ${v.value}  [${v.spans.map((s) => `${s.first_seen}..${s.last_seen}`).join(', ')}]\n`);
    });
}

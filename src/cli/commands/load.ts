/** `sanctions load <format> <path> --as-of YYYY-MM-DD [--dataset NAME] [--force]` */
import type { Command } from 'commander';
import { loadSnapshot } from '../../service/ingest.js';
import { SOURCES } from '../../sources/registry.js';
import { withStore, writeJson, type CliContext } from '../context.js';

export function registerLoad(program: Command, context: CliContext): void {
  program
    .command('load')
    .description(`record a source file as a dated snapshot of a dataset (formats: ${SOURCES.map((s) => s.format).join(', ')})`)
    .argument('<format>', 'source format')
    .argument('<path>', 'file, or folder for ofac-csv')
    .requiredOption('--as-of <date>', 'the date the file was published or observed (YYYY-MM-DD)')
    .option('--dataset <name>', 'dataset to record into (default depends on the format)')
    .option('--force', 'record even if the snapshot would delist more than 20% of the dataset')
    .option('--json', 'print the result as JSON')
    .action(async (format: string, path: string, options, command: Command) => {
      const result = await withStore(context, command.optsWithGlobals(), (store) =>
        loadSnapshot(store, { format, path, asOf: options.asOf, dataset: options.dataset, force: options.force === true }),
      );
      if (options.json) {
        return writeJson(context, {
          dataset: result.dataset,
          as_of: result.asOf,
          status: result.status,
          entity_count: result.entityCount,
          target_count: result.targetCount,
          statement_count: result.statementCount,
          statements_written: result.statementsWritten,
          events: result.events,
        });
      }
      if (result.status === 'unchanged') {
        context.write(`${result.dataset} ${result.asOf}: this file is already recorded; nothing changed\n`);
        return;
      }
      const events = Object.entries(result.events).map(([type, n]) => `${n} ${type}`).join(', ');
      context.write(
        `${result.dataset} ${result.asOf}: ${result.targetCount} listed, ${result.entityCount} entities, ` +
          `${result.statementCount} statements (${result.statementsWritten} written); events: ${events}\n`,
      );
    });
}

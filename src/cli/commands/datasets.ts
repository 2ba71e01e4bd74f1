/** `sanctions datasets --json` — datasets with their snapshots and entity counts. */
import type { Command } from 'commander';
import { datasetView } from '../../service/views.js';
import { withStore, writeJson, type CliContext } from '../context.js';

export function registerDatasets(program: Command, context: CliContext): void {
  program
    .command('datasets')
    .description('loaded datasets with their snapshots and entity counts')
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const datasets = await withStore(context, command.optsWithGlobals(), (store) => store.listDatasets());
      const view = datasets.map(datasetView);
      if (options.json) return writeJson(context, view);
      for (const d of view) {
        context.write(`${d.name}: ${d.snapshots.length} snapshots, latest ${d.latest_snapshot} with ${d.target_count} listed\n`);
        for (const s of d.snapshots) context.write(`  ${s.as_of}  ${String(s.target_count).padStart(6)} listed  ${s.format}  ${s.source}\n`);
      }
    });
}

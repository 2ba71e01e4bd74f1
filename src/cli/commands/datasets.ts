/** `sanctions datasets --json` — datasets with their snapshots and entity counts. */
import type { Command } from 'commander';
import { withStore, writeJson, type CliContext } from '../context.js';

export function registerDatasets(program: Command, context: CliContext): void {
  program
    .command('datasets')
    .description('loaded datasets with their snapshots and entity counts')
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const datasets = await withStore(context, command.optsWithGlobals(), (store) => store.listDatasets());
      const view = datasets.map((d) => ({
        name: d.name,
        latest_snapshot: d.snapshots.at(-1)?.asOf ?? null,
        entity_count: d.snapshots.at(-1)?.entityCount ?? 0,
        target_count: d.snapshots.at(-1)?.targetCount ?? 0,
        snapshots: d.snapshots.map((s) => ({
          as_of: s.asOf,
          format: s.format,
          checksum: s.checksum,
          source: s.source,
          loaded_at: s.loadedAt,
          entity_count: s.entityCount,
          target_count: s.targetCount,
          statement_count: s.statementCount,
        })),
      }));
      if (options.json) return writeJson(context, view);
      for (const d of view) {
        context.write(`${d.name}: ${d.snapshots.length} snapshots, latest ${d.latest_snapshot} with ${d.target_count} listed\n`);
        for (const s of d.snapshots) context.write(`  ${s.as_of}  ${String(s.target_count).padStart(6)} listed  ${s.format}  ${s.source}\n`);
      }
    });
}

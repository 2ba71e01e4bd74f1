/**
 * `sanctions screen <file.csv> [--threshold T] [--out results.csv|results.json] [--as-of DATE]
 * [--dataset NAME] [--since-snapshot DATE]` — every customer row matched against the lists;
 * hits as JSON on stdout, or in the --out file (format by its extension). A progress bar on
 * a terminal (stderr).
 */
import type { Command } from 'commander';
import { prepareScreen, screenFile } from '../../service/screen.js';
import { csvWriter, formatOfPath, jsonWriter, openOutputFile, type ScreenWriter } from '../../service/screen-output.js';
import { withStore, type CliContext } from '../context.js';
import { createProgressBar } from '../progress.js';
import { collect, numberOption } from './match-options.js';

const HELP = `
Customer file: CSV with a header line and a "name" column; optional columns "schema"
(default LegalEntity, which is compared with people and companies alike), "birth_date",
"country" (ISO 3166 alpha-2) and "id" (echoed in each hit). Other columns are ignored.

Output: {"rows", "hits": [{"row", "id", "entity_id", "caption", "schema", "score",
"datasets", "listed_now", "delisted_on", "explanation"}]}; with --since-snapshot
{"rows", "since", "snapshots", "new_hits": [...], "cleared_hits": [...]} where each hit also
has "change" (added, removed, changed). CSV output has the same fields as columns
(explanation as a JSON string; a first "list" column with --since-snapshot).`;

export function registerScreen(program: Command, context: CliContext): void {
  program
    .command('screen')
    .description('match every row of a customer CSV file against the listed parties')
    .argument('<file>', 'customer CSV file')
    .option('--threshold <t>', "hits from this score on (0..1; default: the scorer's threshold)", numberOption('--threshold'))
    .option('--out <file>', 'write the hits to this .csv or .json file instead of stdout')
    .option('--as-of <date>', 'screen against the lists as they stood on this date (YYYY-MM-DD)')
    .option('--dataset <name>', 'only this dataset (repeatable; default: every loaded dataset)', collect)
    .option('--since-snapshot <date>', 'report only hits gained or lost through changes since the snapshots in force on this date')
    .addHelpText('after', HELP)
    .action(async (file: string, options, command: Command) => {
      const format = options.out === undefined ? 'json' : formatOfPath(options.out);
      const prepared = await prepareScreen({
        file,
        threshold: options.threshold,
        asOf: options.asOf,
        datasets: options.dataset,
        sinceSnapshot: options.sinceSnapshot,
      });
      const output = options.out === undefined ? undefined : openOutputFile(options.out);
      const write = output?.write ?? ((text: string) => context.write(text));
      const writer: ScreenWriter = format === 'json' ? jsonWriter(write) : csvWriter(write, { hasLists: prepared.since !== undefined });
      const bar = createProgressBar((text) => context.notice(text));
      try {
        context.notice(`reading the lists...\n`);
        const summary = await withStore(context, command.optsWithGlobals(), (store) =>
          screenFile(store, prepared, writer, (bytes, total) => bar.update(`screening ${file}`, bytes, total)),
        );
        bar.end();
        output?.commit();
        context.notice(`${summary.rows} rows screened, ${summary.hits} hits${options.out === undefined ? '' : ` written to ${options.out}`}\n`);
      } catch (error) {
        bar.end();
        output?.discard();
        throw error;
      }
    });
}

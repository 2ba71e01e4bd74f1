/**
 * `sanctions match --schema S --name N [--name N2 ...] [--birth-date D] [--country CC]
 * [--dataset NAME] [--limit N] [--threshold T] [--cutoff C] [--as-of DATE] --json`
 * -> `{"results": [{"id", "caption", "schema", "score", "match", "datasets", "explanation", "listed_now", "delisted_on"}]}`
 */
import type { Command } from 'commander';
import { DEFAULT_MATCH_LIMIT, matchEntities, validateMatchRequest } from '../../service/match.js';
import { withStore, writeJson, type CliContext } from '../context.js';
import { collect, numberOption } from './match-options.js';

export function registerMatch(program: Command, context: CliContext): void {
  program
    .command('match')
    .description('score one person or company against the listed parties, best first, with the features behind each score')
    .requiredOption('--schema <schema>', 'Person, Company, Organization, LegalEntity or Vessel')
    .option('--name <name>', 'a name of the party (repeat for aliases)', collect)
    .option('--birth-date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD (repeatable)', collect)
    .option('--country <code>', 'ISO 3166 alpha-2 country code (repeatable)', collect)
    .option('--dataset <name>', 'only this dataset (repeatable; default: every loaded dataset)', collect)
    .option('--limit <n>', `at most this many results (default ${DEFAULT_MATCH_LIMIT})`, numberOption('--limit'))
    .option('--threshold <t>', "\"match\" is true from this score on (0..1; default: the scorer's threshold)", numberOption('--threshold'))
    .option('--cutoff <t>', 'leave out results scoring below this (0..1; default: none, the best --limit candidates)', numberOption('--cutoff'))
    .option('--as-of <date>', 'match against the lists as they stood on this date (YYYY-MM-DD)')
    .option('--json', 'print JSON')
    .action(async (options, command: Command) => {
      const request = validateMatchRequest({
        schema: options.schema,
        names: options.name ?? [],
        birthDates: options.birthDate,
        countries: options.country,
        datasets: options.dataset,
        limit: options.limit,
        threshold: options.threshold,
        cutoff: options.cutoff,
        asOf: options.asOf,
      });
      const result = await withStore(context, command.optsWithGlobals(), (store) => matchEntities(store, request));
      if (options.json) return writeJson(context, result);
      for (const r of result.results) {
        const delisted = r.listed_now ? '' : ` (delisted ${r.delisted_on ?? 'since'})`;
        context.write(`${r.score.toFixed(3)}  ${r.id.padEnd(16)} ${r.schema.padEnd(12)} ${r.caption}${delisted}  [${r.datasets.join(', ')}]\n`);
      }
      context.notice(`${result.results.length} results\n`);
    });
}

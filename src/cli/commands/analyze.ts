/**
 * `sanctions analyze <file.txt|file.html> [--date YYYY-MM-DD] --json`
 * -> `{"mentions": [{"text", "start", "end", "kind", "name", "entity_id", "caption", "status", "programs", "score"}],
 *      "events": [{"kind", "target", "entity_id", "sentence"}]}`
 * Offsets are into the article's text (for HTML, the text extracted from it).
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '../../model/errors.js';
import type * as AnalyzeService from '../../service/analyze.js';
import { articleText } from '../../news/article-text.js';
import { withStore, writeJson, type CliContext } from '../context.js';

async function readArticle(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`${path}: cannot read the article (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
}

export function registerAnalyze(program: Command, context: CliContext): void {
  program
    .command('analyze <file>')
    .description('people and organisations an article names, linked to listed parties with their status on its date, and the sanction events it reports')
    .option('--date <date>', "the article's date, YYYY-MM-DD (default: today)")
    .option('--json', 'print JSON')
    .action(async (file: string, options, command: Command) => {
      // The language model behind the analysis takes most of a second to load: only this command pays for it.
      const { analyzeArticle, articleScreeningIndex, validateArticle }: typeof AnalyzeService = await import('../../service/analyze.js');
      const raw = await readArticle(file);
      const article = validateArticle({ text: articleText(raw, /\.html?$/iu.test(file) ? 'html' : 'text'), date: options.date }, new Date().toISOString().slice(0, 10));
      const result = await withStore(context, command.optsWithGlobals(), async (store) => analyzeArticle(store, await articleScreeningIndex(store, article.date), article));
      if (options.json) return writeJson(context, result);
      for (const m of result.mentions.filter((x) => x.entity_id !== null)) {
        context.write(`${m.start}-${m.end}  ${m.text} -> ${m.entity_id} ${m.caption} (${m.status}${m.programs.length > 0 ? `: ${m.programs.join(', ')}` : ''})\n`);
      }
      for (const e of result.events) context.write(`${e.kind.padEnd(9)} ${e.target ?? '-'}${e.entity_id === null ? '' : ` [${e.entity_id}]`}: ${e.sentence}\n`);
      context.notice(`${result.mentions.length} mentions, ${result.events.length} events\n`);
    });
}

/**
 * `sanctions compare --jsonl [--threshold T]`: reads `{"schema", "name1", "name2"}` lines on
 * stdin and writes one `{"score", "match"}` line per input line, in order, as each arrives.
 * A malformed line gets `{"error": "line N: ..."}` in its place, so the output stays aligned;
 * the command then exits with status 2 after the last line, naming the first bad line on stderr.
 */
import type { Command } from 'commander';
import { InvalidInputError } from '../../model/errors.js';
import { compareLine } from '../../service/compare.js';
import { checkThreshold } from '../../service/match.js';
import type { CliContext } from '../context.js';
import { numberOption } from './match-options.js';

export function registerCompare(program: Command, context: CliContext): void {
  program
    .command('compare')
    .description('score pairs of names read as JSON lines on stdin, one answer line per input line')
    .requiredOption('--jsonl', 'input and output are JSON lines (the only format)')
    .option('--threshold <t>', "\"match\" is true from this score on (0..1; default: the scorer's threshold)", numberOption('--threshold'))
    .action(async (options) => {
      const threshold = checkThreshold(options.threshold);
      let lineNumber = 0;
      let errors = 0;
      let firstError: string | undefined;
      for await (const line of context.readLines()) {
        lineNumber += 1;
        const answer = compareLine(line, lineNumber, threshold);
        if ('error' in answer) {
          errors += 1;
          firstError ??= answer.error;
        }
        context.write(`${JSON.stringify(answer)}\n`);
      }
      if (firstError !== undefined) {
        throw new InvalidInputError(`compare: ${errors} of ${lineNumber} input lines were not valid pairs (first: ${firstError})`);
      }
    });
}

/** The `sanctions` command line: global options and the registered commands. */
import { Command } from 'commander';
import type { CliContext } from './context.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerAudit } from './commands/audit.js';
import { registerChanges } from './commands/changes.js';
import { registerCompare } from './commands/compare.js';
import { registerDatasets } from './commands/datasets.js';
import { registerEntity, registerHistory } from './commands/entity.js';
import { registerKeys } from './commands/keys.js';
import { registerLoad } from './commands/load.js';
import { registerLoadManifest } from './commands/load-manifest.js';
import { registerLobbying } from './commands/lobbying.js';
import { registerMatch } from './commands/match.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';
import { registerUpdate } from './commands/update.js';

export function buildProgram(context: CliContext): Command {
  const program = new Command('sanctions')
    .description('Sanctions lists as dated snapshots: designations, amendments and delistings on record')
    .option('--db <file>', 'SQLite database file (env SANCTIONS_DB, default ./sanctions.db)')
    .option('--database-url <url>', 'PostgreSQL URL, instead of SQLite (env DATABASE_URL)')
    .showHelpAfterError()
    .exitOverride();
  registerLoad(program, context);
  registerLoadManifest(program, context);
  registerUpdate(program, context);
  registerChanges(program, context);
  registerHistory(program, context);
  registerEntity(program, context);
  registerDatasets(program, context);
  registerMatch(program, context);
  registerCompare(program, context);
  registerScreen(program, context);
  registerAnalyze(program, context);
  registerLobbying(program, context);
  registerServe(program, context);
  registerKeys(program, context);
  registerAudit(program, context);
  return program;
}

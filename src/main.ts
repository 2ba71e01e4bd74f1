#!/usr/bin/env node
/**
 * Composition root: configuration -> store -> commands. The only module that knows which
 * concrete store implementation and which process streams are used.
 */
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { CommanderError } from 'commander';
import { readConfig } from './config/config.js';
import { buildProgram } from './cli/program.js';
import { describeFailure } from './cli/exit-codes.js';
import type { CliContext, GlobalOptions } from './cli/context.js';
import { openStore } from './store/open-store.js';

// The built UI sits beside the compiled sources: dist/src/main.js -> dist/web.
const WEB_ROOT = fileURLToPath(new URL('../web', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  const context: CliContext = {
    openStore: (options: GlobalOptions) => {
      const config = readConfig();
      const databaseUrl = options.databaseUrl ?? (options.db === undefined ? config.store.databaseUrl : undefined);
      return openStore({ dbFile: options.db ?? config.store.dbFile, databaseUrl });
    },
    updateSettings: () => {
      const config = readConfig();
      return { rawDir: config.rawDir, sourcesFile: config.sourcesFile };
    },
    write: (text) => process.stdout.write(text),
    notice: (text) => {
      if (process.stderr.isTTY) process.stderr.write(text);
    },
    readLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    // The HTTP server and its routes are loaded by `serve` alone, so other commands start quicker.
    startServer: async (store, options) => (await import('./api/server.js')).startServer(store, { ...options, logger: pino(), webRoot: WEB_ROOT }),
  };
  try {
    await buildProgram(context).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const failure = describeFailure(error);
    process.stderr.write(`sanctions: ${failure.message}\n`);
    return failure.exitCode;
  }
}

process.exitCode = await main(process.argv);

/**
 * `sanctions serve [--port N] [--host H] [--refresh-seconds S] [--require-api-key]
 * [--anonymous-rate-limit N]`: the HTTP API and web UI over the chosen store, until interrupted
 * (SIGINT/SIGTERM close the server and the store). API keys are optional unless
 * --require-api-key is given; requests without a key are limited per client address only with
 * --anonymous-rate-limit.
 */
import type { Command } from 'commander';
import { InvalidInputError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import { numberOption } from './match-options.js';

const DEFAULT_PORT = 8000;

function checkPort(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new InvalidInputError(`--port: must be a whole number from 0 to 65535, got ${value}`);
  return value;
}

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API (yente-compatible) and the web UI')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`, numberOption('--port'))
    .option('--host <host>', 'address to listen on (default 127.0.0.1)', '127.0.0.1')
    .option('--refresh-seconds <s>', 'how often to look for newly loaded snapshots (default 30)', numberOption('--refresh-seconds'))
    .option('--require-api-key', 'refuse requests without a valid API key (see: sanctions keys); by default keys are optional')
    .option('--anonymous-rate-limit <n>', 'requests per minute per client address for requests without a key (default: unlimited)', numberOption('--anonymous-rate-limit'))
    .action(async (options, command: Command) => {
      const port = checkPort(options.port ?? DEFAULT_PORT);
      const refreshSeconds = options.refreshSeconds ?? 30;
      if (!(refreshSeconds > 0)) throw new InvalidInputError(`--refresh-seconds: must be above 0, got ${refreshSeconds}`);
      const anonymousRateLimit: number | undefined = options.anonymousRateLimit;
      if (anonymousRateLimit !== undefined && !(Number.isInteger(anonymousRateLimit) && anonymousRateLimit > 0)) {
        throw new InvalidInputError(`--anonymous-rate-limit: requests per minute must be a whole number above 0, got ${anonymousRateLimit}`);
      }
      const store = await context.openStore(command.optsWithGlobals());
      const server = await context.startServer(store, {
        port,
        host: options.host,
        refreshMs: refreshSeconds * 1000,
        access: { requireApiKey: options.requireApiKey === true, anonymousRateLimit },
      });
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}

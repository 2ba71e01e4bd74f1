/** What every command receives from the composition root (main.ts). */
import type { Store } from '../store/store.js';

export interface GlobalOptions {
  db?: string;
  databaseUrl?: string;
}

/** Defaults of `update` taken from the environment. */
export interface UpdateSettings {
  /** Where downloaded source files are kept (SANCTIONS_RAW_DIR). */
  readonly rawDir: string;
  /** A JSON file overriding the source URLs per dataset (SANCTIONS_SOURCES). */
  readonly sourcesFile?: string;
}

export interface CliContext {
  /** Opens the store chosen by --db / --database-url (or the environment). */
  openStore(options: GlobalOptions): Promise<Store>;
  /** Read when `update` runs, so a bad variable only fails the command that uses it. */
  updateSettings(): UpdateSettings;
  /** Where command output goes (stdout in production, a buffer in tests). */
  write(text: string): void;
  /** Progress and notices for a person at a terminal (stderr). */
  notice(text: string): void;
  /** Standard input, one line at a time, as it arrives (for commands reading a stream). */
  readLines(): AsyncIterable<string>;
  /** Serves the HTTP API and web UI over `store` (`serve`); the HTTP layer is wired in main.ts. */
  startServer(store: Store, options: ServeOptions): Promise<{ readonly url: string; close(): Promise<void> }>;
}

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** How often the store is asked whether a snapshot was recorded. */
  readonly refreshMs: number;
  /** `--require-api-key` and `--anonymous-rate-limit` (requests per minute per client address). */
  readonly access: { readonly requireApiKey: boolean; readonly anonymousRateLimit?: number };
}

/** Runs `work` with an open store and closes it afterwards, whatever happens. */
export async function withStore<T>(context: CliContext, options: GlobalOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await context.openStore(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function writeJson(context: CliContext, value: unknown): void {
  context.write(`${JSON.stringify(value, null, 2)}\n`);
}

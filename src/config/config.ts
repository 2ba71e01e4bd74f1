/**
 * The one module that reads the environment. Everything else receives configuration as
 * arguments. Command-line options override these values (see cli/).
 */
import { z } from 'zod';
import { InvalidInputError } from '../model/errors.js';

const EnvSchema = z.object({
  SANCTIONS_DB: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  SANCTIONS_RAW_DIR: z.string().min(1).optional(),
  SANCTIONS_SOURCES: z.string().min(1, 'SANCTIONS_SOURCES must name a JSON file').optional(),
});

export interface StoreConfig {
  /** SQLite file, used unless databaseUrl is set. */
  readonly dbFile: string;
  readonly databaseUrl?: string;
}

export interface AppConfig {
  readonly store: StoreConfig;
  /** Where `update` keeps the raw downloaded files. */
  readonly rawDir: string;
  /** A JSON file overriding `update`'s source URLs per dataset. */
  readonly sourcesFile?: string;
}

export const DEFAULT_DB_FILE = './sanctions.db';

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidInputError(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const values = parsed.data;
  return Object.freeze({
    store: Object.freeze({ dbFile: values.SANCTIONS_DB ?? DEFAULT_DB_FILE, databaseUrl: values.DATABASE_URL }),
    rawDir: values.SANCTIONS_RAW_DIR ?? './sanctions-raw',
    sourcesFile: values.SANCTIONS_SOURCES,
  });
}

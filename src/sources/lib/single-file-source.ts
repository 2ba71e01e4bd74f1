/**
 * The SourceParser of a format that reads one file: its input is that file (checked to
 * exist), its dataset a fixed name or one taken from the file's path, its publication date
 * whatever the file states (nothing, for formats that state none).
 */
import { stat } from 'node:fs/promises';
import { SourceFormatError } from '../../model/errors.js';
import type { SourceItem, SourceParser } from '../types.js';

/** Checks that `path` is an existing regular file and returns it as the only input file. */
export async function requireInputFile(format: string, path: string): Promise<string[]> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    const reason = cause.code === 'ENOENT' ? 'file not found' : `cannot read the file (${cause.code ?? cause.message})`;
    throw new SourceFormatError(format, { file: path }, reason, { cause });
  });
  if (!info.isFile()) throw new SourceFormatError(format, { file: path }, 'expected a file, found a folder or device');
  return [path];
}

export interface SingleFileFormat {
  readonly format: string;
  readonly description: string;
  /** The dataset a load goes to when none is given: a fixed name, or one derived from the file's path. */
  readonly dataset: string | ((file: string) => string);
  /** The date the file states it was published; omitted for formats that state none. */
  readonly publicationDate?: (file: string) => Promise<string | undefined>;
  readonly parse: (file: string) => AsyncIterable<SourceItem>;
}

export function singleFileSource(spec: SingleFileFormat): SourceParser {
  const { format, description, dataset, publicationDate, parse } = spec;
  return {
    format,
    description,
    input: 'file',
    defaultDataset: async (path) => (typeof dataset === 'string' ? dataset : dataset(path)),
    inputFiles: (path) => requireInputFile(format, path),
    publicationDate: async (path) => publicationDate?.(path),
    unstatedProperties: async () => [],
    parse: (path) => parse(path),
  };
}

/**
 * The contract every source parser fulfils. Parsers are pure: files in, entities out; they
 * never touch the store. A new list format is one module implementing SourceParser plus
 * one line in registry.ts.
 */
import type { Entity } from '../model/entity.js';

/**
 * What a parser yields. A full list yields `entity` items only; a delta feed (FtM delta
 * files) yields `upsert`/`delete` items that are applied to the dataset's previous snapshot.
 */
export type SourceItem =
  | { readonly kind: 'entity'; readonly entity: Entity }
  | { readonly kind: 'upsert'; readonly entity: Entity }
  | { readonly kind: 'delete'; readonly entityId: string };

export interface SourceParser {
  /** The name used on the command line: `sanctions load <format> <path>`. */
  readonly format: string;
  readonly description: string;
  /** Whether `path` names one file or a folder of files. */
  readonly input: 'file' | 'folder';
  /** The dataset a load goes to when `--dataset` is not given. */
  defaultDataset(path: string): Promise<string>;
  /**
   * The files that `parse` will read, checked to exist; the snapshot checksum is taken over
   * them. Throws SourceFormatError when a required file is missing.
   */
  inputFiles(path: string): Promise<string[]>;
  /** The publication date the source states about itself (YYYY-MM-DD), if it states one. */
  publicationDate(path: string): Promise<string | undefined>;
  /**
   * Properties of listed entities this input does not state because an optional part of the
   * source is missing (an OFAC folder without alt.csv states no aliases). The dataset's
   * previous values are kept for them, with the entities they reference, so a missing file
   * does not read as every party losing its aliases.
   */
  unstatedProperties(path: string): Promise<readonly string[]>;
  parse(path: string): AsyncIterable<SourceItem>;
}

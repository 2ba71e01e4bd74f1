/**
 * Where a record being converted sits in its source file, and errors that say so: every
 * bad value a parser meets is reported as a SourceFormatError naming file, line, record and
 * the source field, including values the FtM model rejects (a ModelError).
 */
import { ModelError, SourceFormatError } from '../../model/errors.js';

export interface RecordLocation {
  readonly format: string;
  readonly file: string;
  readonly record?: string;
  readonly line?: number;
  /** The source field (CSV column, XML attribute) being read; named instead of the FtM property. */
  readonly field?: string;
}

export function sourceError(at: RecordLocation, reason: string, field = at.field, cause?: unknown): SourceFormatError {
  return new SourceFormatError(at.format, { file: at.file, line: at.line, record: at.record, field }, reason, { cause });
}

/**
 * Runs `build`; a ModelError (a value the FtM model rejects) becomes a SourceFormatError
 * naming the file, line and record, and as field the source field if known, else the property.
 */
export function withLocation<T>(at: RecordLocation, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ModelError) throw sourceError(at, error.message, at.field ?? error.field, error);
    throw error;
  }
}

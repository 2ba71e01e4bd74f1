/**
 * Typed errors. Every error the project raises on purpose is a RadarError with a stable
 * `code`; the CLI and (later) the HTTP layer map codes to exit statuses / HTTP statuses in
 * one table instead of inspecting messages.
 */
export type ErrorCode =
  | 'source_format' // input file is not what its format promises
  | 'invalid_input' // a user-supplied argument is malformed
  | 'model' // an entity violates the FollowTheMoney model
  | 'not_found'
  | 'conflict' // e.g. a different file already recorded for the same dataset and date
  | 'refused' // a safety rule stopped the operation (mass delisting)
  | 'unavailable'; // a remote source or the database could not be reached

export class RadarError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Where in a source file a problem was found. */
export interface SourceLocation {
  file: string;
  line?: number;
  record?: string;
  field?: string;
}

function describeLocation(loc: SourceLocation): string {
  const parts = [loc.file];
  if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.record !== undefined) parts.push(`record ${loc.record}`);
  if (loc.field !== undefined) parts.push(`field ${loc.field}`);
  return parts.join(', ');
}

/** The input does not match its declared format; names file, line/record and field. */
export class SourceFormatError extends RadarError {
  readonly format: string;
  readonly location: SourceLocation;
  readonly reason: string;
  constructor(format: string, location: SourceLocation, reason: string, options?: { cause?: unknown }) {
    super('source_format', `${format}: ${describeLocation(location)}: ${reason}`, options);
    this.format = format;
    this.location = location;
    this.reason = reason;
  }
}

/** An entity or property value that the FollowTheMoney model does not allow. */
export class ModelError extends RadarError {
  readonly field?: string;
  constructor(message: string, field?: string) {
    super('model', message);
    this.field = field;
  }
}

export class InvalidInputError extends RadarError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid_input', message, options);
  }
}

export class NotFoundError extends RadarError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class ConflictError extends RadarError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class RefusedError extends RadarError {
  constructor(message: string) {
    super('refused', message);
  }
}

export class UnavailableError extends RadarError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
  }
}

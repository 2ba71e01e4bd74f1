/**
 * The one table mapping error codes to process exit statuses, and the one place that turns
 * an error into the single line a user reads.
 */
import { RadarError, type ErrorCode } from '../model/errors.js';

export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 2,
  source_format: 3,
  model: 3,
  refused: 4,
  conflict: 5,
  not_found: 6,
  unavailable: 7,
};

export const EXIT_UNEXPECTED = 1;

export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof RadarError) return { message: error.message, exitCode: EXIT_CODES[error.code] };
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  return { message: `unexpected failure: ${message}`, exitCode: EXIT_UNEXPECTED };
}

/**
 * Questions to the FtM model that a parser asks before it commits a value: does this schema
 * have the property, does the model take this value for it. The answer is a boolean, so a
 * value with no place in the model can be kept as text instead of failing the record.
 */
import { ModelError } from '../../model/errors.js';
import { cleanPropertyValue, getProperty } from '../../model/ftm.js';

/** Runs `attempt`; false when the model rejects it (a property the schema lacks, an invalid value). */
export function isAccepted(attempt: () => unknown): boolean {
  try {
    attempt();
    return true;
  } catch (error) {
    if (error instanceof ModelError) return false;
    throw error;
  }
}

/** True when the model takes `value` for `schema`:`prop` (the property exists and the value is valid for its type). */
export const accepts = (schema: string, prop: string, value: string): boolean => isAccepted(() => cleanPropertyValue(schema, prop, value));

export const hasProperty = (schema: string, prop: string): boolean => isAccepted(() => getProperty(schema, prop));

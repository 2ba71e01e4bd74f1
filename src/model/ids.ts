/**
 * Entity ids. Sources with a stable public key get readable ids (`ofac-16685`,
 * `unsc-qdi-001`); entities derived from a listing (its Sanction, Address, Identification)
 * get ids hashed from their parent id and their content, so the same content gets the same
 * id in every snapshot and history can follow it.
 */
import { createHash } from 'node:crypto';

/** Lower-case slug of a source key: "QDi.001" -> "qdi-001". */
export function slugKey(key: string): string {
  return key
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<prefix>-<slug>`, e.g. sourceId('unsc', 'QDi.001') -> 'unsc-qdi-001'. */
export function sourceId(prefix: string, key: string): string {
  return `${prefix}-${slugKey(key)}`;
}

/** A stable id for an entity derived from `parentId`, e.g. `ofac-16685-sanction-3f2a...`. */
export function derivedId(parentId: string, kind: string, ...parts: readonly string[]): string {
  const digest = createHash('sha1').update(parts.join('\u001f')).digest('hex').slice(0, 12);
  return `${parentId}-${kind}-${digest}`;
}

/** Dataset names: lower-case, as OpenSanctions writes them (`us_ofac_sdn`, `un_sc_sanctions`). */
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

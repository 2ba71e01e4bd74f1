/**
 * FollowTheMoney JSON lines as exported by OpenSanctions and the FtM tools: either a full
 * entity file (`entities.ftm.json`, one entity per line -> `entity` items) or a delta file
 * (`entities.delta.json`, one ADD/MOD/DEL operation per line -> `upsert` / `delete` items).
 * Line spec in lib/ftm-json-lines.ts. Read line by line as a stream; the file states no
 * publication date.
 */
import { basename } from 'node:path';
import { SourceFormatError } from '../model/errors.js';
import { singleFileSource } from './lib/single-file-source.js';
import { sourceError } from './lib/record-location.js';
import { deltaItem, entityFromJson, FTM_FORMAT, isDeltaOperation, parseJsonObject, readTextLines } from './lib/ftm-json-lines.js';
import type { SourceItem, SourceParser } from './types.js';

type FileKind = 'entity' | 'delta operation';

/** The file name without its extensions, as a dataset name: `entities.ftm.json` -> `entities`. */
function datasetFromFileName(path: string): string {
  const stem = basename(path).split('.')[0] ?? '';
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'ftm';
}

async function* parse(file: string): AsyncGenerator<SourceItem> {
  let fileKind: { kind: FileKind; line: number } | undefined;
  // An id twice in a full list would be two different entities under one id.
  const entityLines = new Map<string, number>();
  for await (const line of readTextLines(file, FTM_FORMAT)) {
    if (line.text.trim() === '') continue;
    const at = { format: FTM_FORMAT, file, line: line.line };
    const data = parseJsonObject(line, at);
    const kind: FileKind = isDeltaOperation(data) ? 'delta operation' : 'entity';
    fileKind ??= { kind, line: line.line };
    if (kind !== fileKind.kind) {
      throw sourceError(at, `found a ${kind} after the ${fileKind.kind} on line ${fileKind.line}; a file holds either entities or delta operations`, 'op');
    }
    if (kind === 'delta operation') {
      yield deltaItem(data, at);
      continue;
    }
    const entity = entityFromJson(data, at);
    const seenAt = entityLines.get(entity.id);
    if (seenAt !== undefined) throw sourceError({ ...at, record: entity.id }, `entity id already used on line ${seenAt}`, 'id');
    entityLines.set(entity.id, line.line);
    yield { kind: 'entity', entity };
  }
  if (fileKind === undefined) {
    // As a full list an empty file would delist every entity; as a delta it says nothing.
    throw new SourceFormatError(FTM_FORMAT, { file, line: 1 }, 'no entities or delta operations; refusing an empty file');
  }
}

export const ftmJsonl: SourceParser = singleFileSource({
  format: FTM_FORMAT,
  description: 'FollowTheMoney JSON lines: entity files (entities.ftm.json) or delta files (entities.delta.json)',
  dataset: datasetFromFileName,
  parse,
});

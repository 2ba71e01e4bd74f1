/**
 * One screening worker thread (see screen-workers.ts): builds its own index of the targets it
 * is given, says so, then answers each batch of queries with each query's results, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MatchOptions, MatchQuery } from '../match/types.js';
import { buildScreeningIndex, matchTargets } from './match.js';
import type { ScreeningTarget } from './screening-corpus.js';

export interface ScreenWorkerData {
  readonly targets: readonly ScreeningTarget[];
  readonly options: MatchOptions;
}

const { targets, options } = workerData as ScreenWorkerData;
const screening = buildScreeningIndex(new Map(targets.map((target) => [target.entity.id, target])));
const port = parentPort!;
port.on('message', (queries: readonly MatchQuery[]) => port.postMessage(queries.map((query) => matchTargets(screening, query, options))));
port.postMessage('ready');

/**
 * `node dist/bench/fara-alerts.js`: the match benchmark's quality guard alone, in seconds —
 * false alerts on the real FARA registrant names and recall of the 1,000 perturbed listed
 * names, at the default threshold, on the lists of listed-entities.ts (the same figures
 * `npm run bench:match` reports, without its timings).
 */
import { MatchIndex } from '../src/match/index/match-index.js';
import { validateMatchQuery } from '../src/match/query.js';
import { DEFAULT_MATCH_LIMIT } from '../src/service/match.js';
import { faraRegistrants } from './fara-customers.js';
import { listedEntities } from './listed-entities.js';
import { falseAlerts, recallByKind } from './match-quality.js';
import { perturbedQueries } from './perturbed-queries.js';

/** The match benchmark's query count and seed, so both report the same queries. */
const QUERIES = { count: 1000, seed: 7 } as const;
const options = { limit: DEFAULT_MATCH_LIMIT };

const listed = await listedEntities();
const index = MatchIndex.build(listed);
const fara = falseAlerts(faraRegistrants().map((c) => index.match(c.query, options)));
const queries = perturbedQueries(listed, QUERIES);
const recall = recallByKind(queries, queries.map((q) => index.match(validateMatchQuery(q.query), options)));

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
process.stdout.write(`FARA registrants: ${fara.rows} rows, false alerts ${((1000 * fara.alertedRows) / fara.rows).toFixed(1)} per 1,000 (${fara.matches} matches)\n`);
for (const [kind, r] of recall) process.stdout.write(`perturbed ${kind}: ${r.queries} queries, a match ${percent(r.matched, r.queries)}, first or tied ${percent(r.firstOrTied, r.queries)}\n`);

/**
 * `GET /changes` shapes: the query (dataset, date range, event types, schema, country,
 * programme, page) and the answer `{events: [{date, type, entity_id, schema, caption, dataset,
 * changed, programs, countries}], total, limit, offset, per_month: [{month, designated,
 * delisted, relisted, amended}]}`.
 */
import { z } from '@hono/zod-openapi';
import { DEFAULT_CHANGES_LIMIT, MAX_CHANGES_LIMIT, type ChangesFeed } from '../../service/changes.js';
import { EventSchema } from './history.js';
import { listParam } from './match.js';

const date = (description: string) => z.string().optional().openapi({ description: `${description} (YYYY-MM-DD)`, example: '2019-01-04' });

export const ChangesQuery = z.object({
  dataset: z.string().optional().openapi({ description: 'one loaded dataset (default: every loaded dataset)', example: 'us_ofac_sdn' }),
  from: date('first date, inclusive'),
  to: date('last date, inclusive'),
  type: listParam('designated, delisted, relisted or amended; repeatable or comma-separated (default: all)'),
  schema: z.string().optional().openapi({ description: "only events of parties of this FollowTheMoney schema (exactly, e.g. Person)" }),
  country: z.string().optional().openapi({ description: 'only parties with this country, nationality, jurisdiction or citizenship (ISO 3166 alpha-2)', example: 'ru' }),
  program: z.string().optional().openapi({ description: 'only parties under this sanctions programme (case-insensitive)', example: 'UKRAINE-EO13661' }),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_LIMIT).default(DEFAULT_CHANGES_LIMIT).openapi({ description: 'events per page' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'events skipped before the page' }),
});

const ChangeEventSchema = EventSchema.extend({
  programs: z.array(z.string()).openapi({ description: 'sanctions programmes of the party when the event was observed' }),
  countries: z.array(z.string()).openapi({ description: 'its countries, nationalities, jurisdictions and citizenships (ISO codes)' }),
}).openapi('ChangeEvent');

const MonthCountsSchema = z.object({ month: z.string(), designated: z.number().int(), delisted: z.number().int(), relisted: z.number().int(), amended: z.number().int() });

export const ChangesResponseSchema = z
  .object({
    events: z.array(ChangeEventSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    per_month: z.array(MonthCountsSchema).openapi({ description: 'every event that passes the filters (not only the page), by month and type' }),
  })
  .openapi('Changes');

/** Event types may come comma-separated as well as repeated. */
export const splitTypes = (types: readonly string[] | undefined) => types?.flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');

export function changesResponse(feed: ChangesFeed): z.infer<typeof ChangesResponseSchema> {
  const events = feed.events.map((e) => ({ ...e, changed: [...e.changed], programs: [...e.programs], countries: [...e.countries] }));
  return { ...feed, events };
}

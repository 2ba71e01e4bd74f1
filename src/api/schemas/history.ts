/**
 * An entity's history as /entities/{id}/history gives it: `{"id", "events":
 * [{"date", "type", "entity_id", "schema", "caption", "dataset", "changed"}], "values":
 * [{"dataset", "prop", "value", "first_seen", "last_seen", "spans": [{"first_seen",
 * "last_seen"}]}]}` — service/entities.ts entityHistory, each event as service/views.ts eventView
 * (the feed's shape) rather than the CLI's shorter event.
 */
import { z } from '@hono/zod-openapi';

export const EventSchema = z
  .object({
    date: z.string(),
    type: z.enum(['designated', 'delisted', 'relisted', 'amended']),
    entity_id: z.string(),
    schema: z.string(),
    caption: z.string(),
    dataset: z.string(),
    changed: z.array(z.string()).openapi({ description: 'for amended: the properties that changed' }),
  })
  .openapi('Event');

const Span = z.object({ first_seen: z.string(), last_seen: z.string() });

export const HistorySchema = z
  .object({
    id: z.string(),
    events: z.array(EventSchema),
    values: z.array(z.object({ dataset: z.string(), prop: z.string(), value: z.string(), first_seen: z.string(), last_seen: z.string(), spans: z.array(Span) })),
  })
  .openapi('EntityHistory');

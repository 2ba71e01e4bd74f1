/**
 * `GET /lobbying?sanctioned_only=true&country=RU&as_of=DATE&entity_id=ID`: FARA representations with the
 * listed parties their principals match (service/lobbying.ts), as a JSON array of
 * `{registration_number, registrant, principal, country, start, end, entity_id, caption, score,
 * explanation, listed_from, listed_to, listed_during_representation}`; `entity_id` keeps those
 * linked to one listed party (an id never matched gives []). A bad country or date
 * is a 400 naming the parameter; no FARA or no sanctions dataset loaded is a 404.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { lobbyingLinks, validateLobbyingRequest } from '../../service/lobbying.js';
import { errorContent } from '../schemas/error.js';
import type { ApiApp, ApiDeps } from '../types.js';

const LobbyingQuery = z.object({
  sanctioned_only: z.enum(['true', 'false']).default('false').openapi({ description: 'only representations whose principal matches a listed party' }),
  country: z.string().optional().openapi({ description: 'only principals of this country (ISO code or name)', example: 'RU' }),
  as_of: z.string().optional().openapi({ description: 'the FARA snapshot in force on this date (YYYY-MM-DD; default: the latest)', example: '2021-06-25' }),
  entity_id: z.string().min(1).optional().openapi({ description: 'only representations whose principal matched this listed party', example: 'ofac-24283' }),
});

const FeatureSchema = z.object({ name: z.string(), score: z.number(), weight: z.number(), detail: z.string().optional() });

const LobbyingLinkSchema = z
  .object({
    registration_number: z.string().openapi({ description: 'FARA registration number of the registrant', example: '6170' }),
    registrant: z.string(),
    principal: z.string().openapi({ description: 'the foreign principal as the filing names it' }),
    country: z.string().nullable().openapi({ description: 'country represented (ISO code)', example: 'ru' }),
    start: z.string().nullable(),
    end: z.string().nullable(),
    entity_id: z.string().nullable().openapi({ description: 'the listed party matched; null when none' }),
    caption: z.string().nullable(),
    score: z.number().nullable(),
    explanation: z.array(FeatureSchema),
    listed_from: z.string().nullable().openapi({ description: 'first snapshot date listing the party' }),
    listed_to: z.string().nullable().openapi({ description: 'last snapshot date listing it; null while still listed' }),
    listed_during_representation: z.boolean(),
  })
  .openapi('LobbyingLink');

const lobbyingRoute = createRoute({
  method: 'get',
  path: '/lobbying',
  tags: ['lobbying'],
  summary: 'FARA representations of foreign principals, linked to the listed parties their names match',
  request: { query: LobbyingQuery },
  responses: {
    200: { description: 'one item per representation and matched party', content: { 'application/json': { schema: z.array(LobbyingLinkSchema) } } },
    400: errorContent('a bad country or date'),
    404: errorContent('no FARA snapshot or no sanctions dataset loaded'),
  },
});

export function registerLobbyingRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(lobbyingRoute, async (c) => {
    const query = c.req.valid('query');
    const request = validateLobbyingRequest({ sanctionedOnly: query.sanctioned_only === 'true', country: query.country, asOf: query.as_of });
    const links = await lobbyingLinks(deps.store, request);
    const kept = query.entity_id === undefined ? links : links.filter((link) => link.entity_id === query.entity_id);
    return c.json(kept.map((link) => ({ ...link, explanation: [...link.explanation] })), 200);
  });
}

/**
 * `POST /analyze` {text, format?: "text"|"html", date?: YYYY-MM-DD} -> the people and
 * organisations the article names, linked to the parties of the live index with their status
 * on the article's date, and the sanction events it reports (service/analyze.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { articleText } from '../../news/article-text.js';
import { analyzeArticle, MAX_ARTICLE_CHARS, validateArticle } from '../../service/analyze.js';
import { errorContent } from '../schemas/error.js';
import type { ApiApp, ApiDeps } from '../types.js';

const AnalyzeBody = z
  .object({
    text: z.string().max(MAX_ARTICLE_CHARS * 4).openapi({ description: 'the article, plain text or HTML', example: 'Washington plans to lift sanctions against Sergey Chemezov.' }),
    format: z.enum(['text', 'html']).default('text').openapi({ description: 'html: the article text is extracted (navigation and comments left out)' }),
    date: z.string().optional().openapi({ description: "the article's date, YYYY-MM-DD (default: today)", example: '2025-06-01' }),
  })
  .openapi('AnalyzeRequest');

const MentionSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['Person', 'Organization']),
  name: z.string().openapi({ description: 'the fullest form of the name in the article (a surname mention carries the full name)' }),
  entity_id: z.string().nullable(),
  caption: z.string().nullable(),
  status: z.enum(['listed', 'delisted', 'not yet listed', 'never listed']),
  programs: z.array(z.string()),
  score: z.number().nullable(),
});

const EventSchema = z.object({
  kind: z.enum(['imposed', 'lifted', 'delayed', 'lobbying']),
  target: z.string().nullable(),
  entity_id: z.string().nullable(),
  sentence: z.string(),
});

const AnalysisSchema = z.object({ mentions: z.array(MentionSchema), events: z.array(EventSchema) }).openapi('ArticleAnalysis');

const analyzeRoute = createRoute({
  method: 'post',
  path: '/analyze',
  tags: ['news'],
  summary: 'People and organisations an article names, linked to listed parties, and the sanction events it reports',
  request: { body: { required: true, content: { 'application/json': { schema: AnalyzeBody } } } },
  responses: {
    200: { description: 'mentions in text order and events in sentence order', content: { 'application/json': { schema: AnalysisSchema } } },
    400: errorContent('a bad date, an empty or too long article'),
    503: errorContent('the screening index is still being built'),
  },
});

export function registerAnalyzeRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(analyzeRoute, async (c) => {
    const body = c.req.valid('json');
    const article = validateArticle({ text: articleText(body.text, body.format), date: body.date }, new Date().toISOString().slice(0, 10));
    const { mentions, events } = await analyzeArticle(deps.store, deps.index.current(), article);
    return c.json({ mentions: mentions.map((m) => ({ ...m, programs: [...m.programs] })), events: [...events] }, 200);
  });
}

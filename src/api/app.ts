/**
 * The HTTP application: middleware in the order a request meets it (request id and log line,
 * body size limit, timeout, API key and rate limit, audit log), then the routes — yente's
 * shapes first, then our own — and the web UI. Every route is declared with the zod schemas that validate it, so /openapi.json is
 * generated from the same schemas.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import { errorResponse, handleError } from './errors.js';
import { requestLog } from './request-log.js';
import { accessControl } from './access.js';
import { auditLog } from './audit-log.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerMatchRoutes } from './routes/match.js';
import { registerReconcileRoutes } from './routes/reconcile.js';
import { registerChangesRoutes } from './routes/changes.js';
import { registerScreenJobRoutes } from './routes/screen-jobs.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerLobbyingRoutes } from './routes/lobbying.js';
import { registerOpenApiRoute } from './routes/openapi.js';
import { registerWebUi } from './web-ui.js';
import { DEFAULT_ACCESS, type ApiApp, type ApiDeps, type ApiEnv } from './types.js';
import { validationHook } from './validation.js';

export function buildApp(deps: ApiDeps): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.use(requestLog(deps.logger));
  app.use(
    bodyLimit({
      maxSize: deps.limits.bodyLimitBytes,
      onError: (c) => errorResponse(c, 413, 'body_too_large', `request body larger than ${deps.limits.bodyLimitBytes} bytes`),
    }),
  );
  app.use(timeout(deps.limits.requestTimeoutMs, () => new HTTPException(503, { message: `request took longer than ${deps.limits.requestTimeoutMs} ms` })));
  app.use(accessControl(deps.store, { ...DEFAULT_ACCESS, ...deps.access }));
  app.use(auditLog(deps));
  registerHealthRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerSearchRoutes(app, deps);
  registerEntityRoutes(app, deps);
  registerMatchRoutes(app, deps);
  registerReconcileRoutes(app, deps);
  registerChangesRoutes(app, deps);
  registerScreenJobRoutes(app, deps);
  registerAnalyzeRoutes(app, deps);
  registerLobbyingRoutes(app, deps);
  registerOpenApiRoute(app);
  registerWebUi(app, deps);
  app.notFound((c) => errorResponse(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.onError(handleError);
  return app;
}

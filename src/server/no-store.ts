/**
 * No copy of a child's record in any cache: every answer under /api/ — JSON, PDF, CSV, errors and 404s alike —
 * carries `Cache-Control: no-store`, so that neither the browser (its disk cache, the back button) nor a proxy keeps
 * it after the person has signed out. Set once here rather than route by route, so that a new route cannot forget.
 *
 * A route whose answer holds no personal data may opt out with `config: { cacheable: true }` (the OpenAPI
 * document); it then sets its own Cache-Control, or none.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The route config that lets an answer be cached: only for data that is the same for everyone and names no one. */
export const CACHEABLE = { cacheable: true } as const;

function optedOut(request: FastifyRequest): boolean {
  try {
    return (request.routeOptions.config as { cacheable?: boolean } | undefined)?.cacheable === true;
  } catch {
    return false;
  }
}

export function noStoreForApi(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.raw.url ?? '').startsWith('/api/') && !optedOut(request))
      void reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** HTTP routes — Consent requests and answers, revocation, prior written notice. No database access here. */
import type { FastifyInstance } from 'fastify';

export async function consentRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

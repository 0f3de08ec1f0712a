/** HTTP routes — Case events, per-student deadlines, the caller's deadlines, the compliance summary. No database access here. */
import type { FastifyInstance } from 'fastify';

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

/** HTTP routes — What the family does from the portal: concerns and student input, records requests, meeting requests, preparation checklists. No database access here. */
import type { FastifyInstance } from 'fastify';

export async function familyRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

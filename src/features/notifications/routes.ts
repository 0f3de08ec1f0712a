/** HTTP routes — The inbox, the mail outbox for administrators. No database access here. */
import type { FastifyInstance } from 'fastify';

export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

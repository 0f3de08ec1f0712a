/** HTTP routes — Meetings: schedule, team, required-member check, excusals, notices, contact attempts, attendance, minutes. No database access here. */
import type { FastifyInstance } from 'fastify';

export async function meetingRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

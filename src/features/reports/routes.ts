/** HTTP routes — the federal reports as CSV downloads (district administrators). No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reportParams, reportQuery } from '../../api/reports';
import { csvResponse } from '../../api/params';
import { requireHandle } from '../../server/auth';
import { problemSchema } from '../../server/schemas';
import { buildReport } from './build-report';

const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/reports/:file',
    {
      // No automatic HEAD: it would build and audit a report that nobody receives.
      exposeHeadRoute: false,
      schema: {
        tags: ['reports'],
        summary:
          'A federal report as CSV (text/csv): child-count.csv (IDEA 618 by disability, age, race/ethnicity, sex, English learner), environments.csv (618 educational environments), exiting.csv (618 exiting, EDFacts FS009, for a school year), spp.csv (SPP/APR indicators 5, 11, 12, 13: the summary), indicator-5.csv, indicator-11.csv, indicator-12.csv, indicator-13.csv (each indicator child by child, by local student id, with its numerator, denominator and every exclusion and its reason). District administrators only.',
        params: reportParams,
        querystring: reportQuery,
        response: { 200: csvResponse, ...errors },
      },
    },
    async (request, reply) => {
      const file = request.params.file;
      const kind = /^(.+)\.csv$/.exec(file)?.[1] ?? '';
      const report = await buildReport(requireHandle(request), {
        kind,
        date: request.query.date,
        schoolYear: request.query.schoolYear,
        via: 'api',
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${report.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(report.csv);
    },
  );
  return Promise.resolve();
}

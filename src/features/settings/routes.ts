/** HTTP routes — the district's settings and the schools' calendars (district administrators). No database access here. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireHandle } from '../../server/auth';
import { idParams, problemSchema } from '../../server/schemas';
import { getCalendar } from './get-calendar';
import { getSettings } from './get-settings';
import { calendarTag, settingsTag } from './if-match';
import { importCalendar } from './import-calendar';
import { listCalendars } from './list-calendars';
import { replaceCalendar } from './replace-calendar';
import {
  calendarImportResultSchema,
  calendarListSchema,
  calendarYearSchema,
  importCalendarSchema,
  patchSettingsSchema,
  putCalendarSchema,
  schoolYearParams,
  settingsSchema,
} from '../../api/settings';
import { updateSettings } from './update-settings';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['settings'];

/** The district's settings. */
function districtSettingsRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/district/settings',
    {
      schema: {
        tags,
        summary:
          "The district's settings: state profile (each number with its citation), child count date, meeting notice lead time, the schools' calendars (district administrators)",
        response: { 200: settingsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const s = await getSettings(requireHandle(request));
      return reply.header('ETag', settingsTag(s.districtId, s.version)).header('Cache-Control', 'no-store').send(s);
    },
  );

  r.patch(
    '/api/v1/district/settings',
    {
      schema: {
        tags,
        summary:
          'Change the state profile, the child count date (October 1 – December 1, 34 CFR 300.641(a)) or the meeting notice lead time; If-Match with the ETag from GET is required: 428 without it, 412 when stale',
        body: patchSettingsSchema,
        response: { 200: settingsSchema, ...errors, 412: problemSchema, 422: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const s = await updateSettings(requireHandle(request), {
        ifMatch: request.headers['if-match'],
        patch: request.body,
      });
      return reply.header('ETag', settingsTag(s.districtId, s.version)).send(s);
    },
  );
}

/** A school's calendars. */
function calendarReadRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/schools/:id/calendars',
    {
      schema: {
        tags,
        summary:
          "A school's calendars: each school year it has, and whether the current one is there (district administrators)",
        params: idParams,
        response: { 200: calendarListSchema, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return listCalendars(requireHandle(request), { schoolId: request.params.id });
    },
  );

  r.get(
    '/api/v1/schools/:id/calendars/:schoolYear',
    {
      schema: {
        tags,
        summary: "One school year's calendar, every date with whether it is a school day (July 1 – June 30)",
        params: schoolYearParams,
        response: { 200: calendarYearSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = await getCalendar(requireHandle(request), {
        schoolId: request.params.id,
        schoolYear: request.params.schoolYear,
      });
      return reply
        .header('ETag', calendarTag(c.schoolId, c.schoolYear, c.version))
        .header('Cache-Control', 'no-store')
        .send(c);
    },
  );
}

/** Replacing or importing a school's calendar. */
function calendarWriteRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    '/api/v1/schools/:id/calendars/:schoolYear',
    {
      schema: {
        tags,
        summary:
          "Replace a school year's calendar: { firstDay, lastDay, closures } or { dates: [{ date, instructional, note }] }; dates of the year not given are days without school. To replace a year on record, If-Match with its ETag from GET is required: 428 without it, 412 when stale",
        params: schoolYearParams,
        body: putCalendarSchema,
        response: { 200: calendarYearSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { id, schoolYear } = request.params;
      const c = await replaceCalendar(requireHandle(request), {
        schoolId: id,
        schoolYear,
        ifMatch: request.headers['if-match'],
        input: request.body,
      });
      return reply.header('ETag', calendarTag(c.schoolId, c.schoolYear, c.version)).send(c);
    },
  );

  r.post(
    '/api/v1/schools/:id/calendars/import',
    {
      schema: {
        tags,
        summary:
          'Import calendars from CSV (date,instructional,note): every school year in the file is replaced whole; any rejected row → 422 naming each as lines.<line>.<field>, nothing written. dryRun: check only',
        params: idParams,
        body: importCalendarSchema,
        response: { 200: calendarImportResultSchema, ...errors, 422: problemSchema },
      },
    },
    async (request) =>
      importCalendar(requireHandle(request), {
        schoolId: request.params.id,
        csv: request.body.csv,
        dryRun: request.body.dryRun,
        schoolYear: request.body.schoolYear,
        via: 'api',
      }),
  );
}

export function settingsRoutes(app: FastifyInstance): Promise<void> {
  districtSettingsRoutes(app);
  calendarReadRoutes(app);
  calendarWriteRoutes(app);
  return Promise.resolve();
}

/**
 * The requests a bench run sends (bench/run.ts): the load test itself (autocannon, GETs cycling through paths or
 * PATCHes of drafts with If-Match), the sign-in, the check that a server answers right before it is measured, and the
 * drafts' versions read back from the database.
 */
import autocannon, { type Client as AutocannonClient, type Request as AutocannonRequest } from 'autocannon';
import type { Database } from '../src/db/connect';
import { at } from './at';

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  non2xx: number;
  /** The non-2xx responses by status. */
  statuses: Record<string, number>;
  errors: number;
}

/** What a test sends: GETs cycling through paths, or PATCHes of drafts, one draft per connection, each at its current version. */
export type Work = { get: string[] } | { patch: { id: string; version: number }[] };

/** The section a PATCH saves (about 1.4 kB, like a real one); `#` becomes a revision number so that every save changes it. */
const PRESENT_LEVELS = JSON.stringify({
  presentLevels: {
    academic:
      'Revision #. On the winter benchmark the student read 78 words correct per minute on grade-level passages (benchmark 110), with 93% accuracy; ' +
      'decodes closed syllables reliably but slows on multisyllabic words and vowel teams. In math the student computes accurately with a ' +
      'facts chart and solves one-step word problems read aloud; two-step problems remain hard without a graphic organizer.',
    functional:
      'Follows classroom routines with a visual checklist; asks for help when prompted and, more often this year, without a prompt. ' +
      'Uses a break card about twice a day and returns to work within three minutes.',
    strengths:
      'Curious and kind to classmates; strong listening comprehension; enjoys graphic novels and hands-on science.',
    parentConcerns: 'The family would like more reading practice at home and a short weekly note on progress.',
    studentInput: 'Says that audiobooks and clear steps help, and wants to read aloud in class without being rushed.',
    impactOnGeneralCurriculum:
      'Reading fluency limits access to grade-level texts in science and social studies without text-to-speech and specially designed instruction.',
  },
});
const presentLevelsBody = (revision: number) => PRESENT_LEVELS.replace('Revision #.', `Revision ${revision}.`);

const headerOf = (h: Record<string, string | string[]>, name: string): string | undefined => {
  for (const [k, v] of Object.entries(h)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  return undefined;
};

/** Runs autocannon for `duration` seconds; percentiles from every 2xx response time. */
export async function loadTest(
  url: string,
  headers: Record<string, string>,
  work: Work,
  connections: number,
  duration: number,
): Promise<LoadResult> {
  let k = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  const statuses: Record<string, number> = {};
  let requests: AutocannonRequest[] | undefined;
  let setupClient: ((client: AutocannonClient) => void) | undefined;
  if ('get' in work) {
    const paths = work.get;
    requests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: at(paths, k++ % paths.length, 'path') }) }];
  } else {
    // Each connection saves its own draft and sends, in If-Match, the ETag of its previous response: with one
    // request in flight per connection (no pipelining) it never conflicts with itself or with another connection.
    const drafts = work.patch;
    if (drafts.length < connections)
      throw new Error(`PATCH needs a draft per connection: ${drafts.length} drafts for ${connections} connections`);
    let n = 0;
    setupClient = (client) => {
      const draft = at(drafts, n++, 'draft');
      let etag = `"${draft.id}.${draft.version}"`;
      client.setRequests([
        {
          method: 'PATCH',
          path: `/api/v1/plans/${draft.id}`,
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', 'if-match': etag },
            body: presentLevelsBody(k++),
          }),
          onResponse: (status, _body, _context, h) => {
            const next = status >= 200 && status < 300 ? headerOf(h, 'etag') : undefined;
            if (next) etag = next;
          },
        },
      ]);
    };
  }
  const instance = autocannon({
    url,
    connections,
    duration,
    headers,
    timeout: 30,
    ...(requests ? { requests } : {}),
    ...(setupClient ? { setupClient } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else {
      non2xx++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies.length
      ? at(latencies, Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1)), 'latency')
      : NaN;
  const seconds = (r.finish.getTime() - r.start.getTime()) / 1000 || r.duration;
  return {
    rps: latencies.length / seconds,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    ok: latencies.length,
    non2xx,
    statuses,
    errors: r.errors,
  };
}

export async function signIn(
  base: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('openiep_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: at(cookie.split(';'), 0, 'cookie'), csrfToken };
}

/** The current version of each draft, from the database (between tests, after the last responses have been written). */
export async function draftVersions(db: Database, ids: string[]): Promise<{ id: string; version: number }[]> {
  await new Promise((r) => setTimeout(r, 300));
  const rows = await db.query<{ id: string; version: number }>(
    `SELECT id::text AS id, version FROM plans WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.version]));
  return ids.map((id) => ({ id, version: byId.get(id) ?? NaN }));
}

/** One request of each kind, to see that the server answers as it should before it is measured. */
export async function check(
  base: string,
  headers: Record<string, string>,
  at: { studentId: string; caseload: number; planId: string; draft: { id: string; version: number } },
  who: string,
): Promise<void> {
  const { studentId, caseload } = at;
  const list = await fetch(`${base}/api/v1/students`, { headers });
  const body = (await list.json()) as { data?: unknown[] };
  const expected = Math.min(caseload, 50);
  if (list.status !== 200 || body.data?.length !== expected) {
    throw new Error(
      `${who}: GET /api/v1/students gave ${list.status} with ${body.data?.length ?? 'no'} students, expected ${expected}`,
    );
  }
  const one = await fetch(`${base}/api/v1/students/${studentId}`, { headers });
  if (one.status !== 200) throw new Error(`${who}: GET /api/v1/students/${studentId} gave ${one.status}`);
  const plan = await fetch(`${base}/api/v1/plans/${at.planId}`, { headers });
  const planBody = (await plan.json()) as { content?: { goals?: unknown[] } };
  if (plan.status !== 200 || plan.headers.get('etag') === null || !planBody.content?.goals?.length) {
    throw new Error(
      `${who}: GET /api/v1/plans/${at.planId} gave ${plan.status} (ETag ${plan.headers.get('etag')}) with ${planBody.content?.goals?.length ?? 'no'} goals`,
    );
  }
  const { id, version } = at.draft;
  const saved = await fetch(`${base}/api/v1/plans/${id}`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json', 'if-match': `"${id}.${version}"` },
    body: presentLevelsBody(0),
  });
  const etag = `"${id}.${version + 1}"`;
  if (saved.status !== 200 || saved.headers.get('etag') !== etag) {
    throw new Error(
      `${who}: PATCH /api/v1/plans/${id} gave ${saved.status} (ETag ${saved.headers.get('etag')}, expected ${etag}): ${await saved.text()}`,
    );
  }
}

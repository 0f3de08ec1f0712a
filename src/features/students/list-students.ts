import type { DataHandle } from '../../db/handle';
import { AppError } from '../../domain/errors';
import { presentStudentSummary } from './presenter';

export interface ListStudentsOptions {
  q?: string | undefined;
  schoolId?: string | undefined;
  status?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

interface Cursor {
  lastName: string;
  firstName: string;
  id: string;
}

function decodeCursor(c: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Cursor;
    const text = (x: unknown) => typeof x === 'string' && x.length <= 200 && !x.includes('\u0000');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (text(v.lastName) && text(v.firstName) && typeof v.id === 'string' && uuid.test(v.id)) return v;
  } catch {
    /* fall through */
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not one this API gave out.', [
    { path: 'query.cursor', message: 'Not a valid cursor.' },
  ]);
}

/** The students the actor may see, a page at a time; each one shown is audited. */
export async function listStudents(handle: DataHandle, opts: ListStudentsOptions) {
  const after = opts.cursor ? decodeCursor(opts.cursor) : undefined;
  return handle.read(async (scope) => {
    const rows = await scope.students.list({
      q: opts.q,
      schoolId: opts.schoolId,
      status: opts.status,
      limit: opts.limit,
      after,
    });
    await scope.audit({
      action: 'student.list',
      studentIds: rows.map((r) => r.row.id),
      context: { q: opts.q ?? null },
    });
    const last = rows.length === opts.limit ? rows[rows.length - 1]?.row : undefined;
    const nextCursor = last
      ? Buffer.from(JSON.stringify({ lastName: last.lastName, firstName: last.firstName, id: last.id })).toString(
          'base64url',
        )
      : null;
    return { data: rows.map(presentStudentSummary), nextCursor };
  });
}

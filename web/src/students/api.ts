/** The student list and one student's record (src/api/students.ts). */
import type { z } from 'zod';
import type { listQuerySchema } from '../../../src/api/students';
import { request } from '../api';
import type { Student, StudentPage } from '../types';

/**
 * GET /api/v1/students: the query as the API reads it (its output type: the input of `limit`, a number coerced from
 * the query string, is `unknown`; every field may be left out, `limit` taking its default).
 */
export type StudentQuery = Partial<z.infer<typeof listQuerySchema>>;

export function listStudents(query: StudentQuery, signal?: AbortSignal): Promise<StudentPage> {
  return request<StudentPage>('GET', '/api/v1/students', { query: { ...query }, signal });
}

export function getStudent(id: string, signal?: AbortSignal): Promise<Student> {
  return request<Student>('GET', `/api/v1/students/${encodeURIComponent(id)}`, { signal });
}

/**
 * The query keys of a student's records. Everything loaded for one student sits under studentKey(id), so a write that
 * changes the student can reload all of it at once; an area's own lists add a name after it.
 */
export const studentKey = (id: string) => ['student', id] as const;
export const studentsKey = ['students'] as const;

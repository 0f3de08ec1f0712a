/** The query keys of meetings. */
export const meetingKey = (id: string) => ['meeting', id] as const;
/** A student's meetings (under the student's key). */
export const meetingsKey = (studentId: string) => ['student', studentId, 'meetings'] as const;
/** What the family shared to prepare for a meeting. */
export const preparationsKey = (meetingId: string) => ['meeting', meetingId, 'preparations'] as const;
/** The staff and family who may be invited to a meeting. */
export const invitableKey = (meetingId: string) => ['meeting', meetingId, 'invitable'] as const;

/** The query keys of the family portal's lists, under the student's (or the meeting's) key. */
export const familyInputKey = (studentId: string) => ['student', studentId, 'family-input'] as const;
export const meetingRequestsKey = (studentId: string) => ['student', studentId, 'meeting-requests'] as const;
export const recordsRequestsKey = (studentId: string) => ['student', studentId, 'records-requests'] as const;
export const upcomingMeetingsKey = (studentId: string) => ['student', studentId, 'upcoming-meetings'] as const;
export const preparationKey = (meetingId: string) => ['meeting', meetingId, 'preparation'] as const;

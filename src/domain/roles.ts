/** The people who use OpenIEP. Tables keyed by role use `satisfies Record<Role, …>` so a new role must be handled everywhere. */
export const STAFF_ROLES = ['district_admin', 'principal', 'case_manager', 'teacher', 'provider'] as const;
export const ROLES = [...STAFF_ROLES, 'guardian', 'student'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** Related-service provider disciplines (34 CFR 300.34 related services). */
export const PROVIDER_DISCIPLINES = [
  'slp',
  'ot',
  'pt',
  'psychologist',
  'social_worker',
  'counselor',
  'nurse',
  'audiologist',
  'vision',
  'orientation_mobility',
  'interpreter',
  'other',
] as const;
export type ProviderDiscipline = (typeof PROVIDER_DISCIPLINES)[number];

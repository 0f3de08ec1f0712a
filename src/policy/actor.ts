import type { Role } from '../domain/roles';
import { stateProfile, type StateProfile } from '../domain/state-profiles';

/** Who is asking: loaded once per request from the session. */
export interface Actor {
  userId: string;
  districtId: string;
  role: Role;
  name: string;
  discipline: string | null;
  /** Schools a principal (or other school-based staff) works at. */
  schoolIds: readonly string[];
  /** For a student account: the student record it belongs to. */
  studentId: string | null;
  /** For a guardian account: the guardian record it belongs to. */
  guardianId: string | null;
  /** The district's state profile code (src/domain/state-profiles.ts); 'federal' when absent. */
  stateProfile?: string;
  /**
   * The district's effective profile (its state's law with the district's settings), resolved once when the session
   * is loaded (src/server/sessions.ts). Read it with actorProfile().
   */
  profile?: StateProfile;
}

/** The profile the actor's district works to: the one resolved at session load, else the built-in one of its code. */
export function actorProfile(actor: Pick<Actor, 'profile' | 'stateProfile'>): StateProfile {
  return actor.profile ?? stateProfile(actor.stateProfile ?? 'federal');
}

/** The facts about a student that access rules are decided on (loaded with the record). */
export interface StudentFacts {
  id: string;
  districtId: string;
  schoolId: string;
  caseManagerIds: readonly string[];
  providerIds: readonly string[];
  teacherIds: readonly string[];
  guardianIds: readonly string[];
}

/** Presenters are explicit allow-lists: a field reaches the caller only when listed here and allowed by the abilities. */
import { AUDIT_EVENTS } from '../../domain/audit-events';
import type { DisabilityCategory } from '../../domain/disability';
import type { SpedStatus } from '../../domain/sped-status';
import type { AccessLogRow } from '../../db/audit-repo';
import type { GuardianRow, ScopedStudent } from '../../db/students-repo';

export function presentStudentSummary({ row, abilities }: ScopedStudent) {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    grade: row.grade,
    schoolId: row.schoolId,
    schoolName: row.schoolName,
    spedStatus: row.spedStatus as SpedStatus,
    ...(abilities.viewDisability ? { primaryDisability: row.primaryDisability as DisabilityCategory | null } : {}),
    caseManagers: row.caseManagers,
    abilities,
  };
}

export function presentStudent(s: ScopedStudent, guardians: GuardianRow[] | null) {
  const { row, abilities } = s;
  return {
    ...presentStudentSummary(s),
    middleName: row.middleName,
    primaryLanguage: row.primaryLanguage,
    homeLanguage: row.homeLanguage,
    englishLearner: row.englishLearner,
    ...(abilities.viewIdentifiers
      ? {
          localId: row.localId,
          stateId: row.stateId,
          hispanicLatino: row.hispanicLatino,
          races: row.races,
          sex: row.sex,
        }
      : {}),
    ...(abilities.viewDisability ? { secondaryDisability: row.secondaryDisability as DisabilityCategory | null } : {}),
    ...(abilities.viewGuardians && guardians ? { guardians: guardians.map(presentGuardian) } : {}),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function presentGuardian(g: GuardianRow) {
  return {
    id: g.id,
    firstName: g.firstName,
    lastName: g.lastName,
    relationship: g.relationship,
    educationalRights: g.educationalRights,
    livesWith: g.livesWith,
    preferredLanguage: g.preferredLanguage,
    email: g.email,
    phone: g.phone,
  };
}

/** The IP address an access came from is shown only to those the student policy lets see it (seesAccessLogIps). */
export function presentAccessLogEntry(e: AccessLogRow, showIp: boolean) {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: { name: e.actorName, role: e.actorRole },
    action: e.action,
    description: (AUDIT_EVENTS as Partial<Record<string, string>>)[e.action] ?? e.action,
    outcome: e.outcome,
    purpose: e.purpose,
    ...(showIp ? { ip: e.ip } : {}),
  };
}

/**
 * OneRoster users.csv student rows, with their demographics.csv rows → OpenIEP students (the users mapper,
 * src/domain/roster-users.ts, calls it for each student row). Pure.
 */
import { isIsoDate } from './dates';
import { mapGrade, mapSex, multi, truthy, type Row, type RosterStudent } from './roster-format';
import type { UserScan } from './roster-users';

/**
 * A student row → the student, or null after `fail` named the field: a grade OpenIEP keeps, an ISO birth date and a
 * sex from demographics.csv, and an identifier no other student of the file or the district holds.
 */
export function studentOf(
  scan: UserScan,
  u: { r: Row; sid: string; first: string; last: string; school: string },
  fail: (field: string, reason: string) => void,
): RosterStudent | null {
  const { r, sid, first, last, school } = u;
  const { localIdsSeen, conflicts } = scan;
  const gradeCodes = multi(r.get('grades'));
  const [gradeCode] = gradeCodes;
  if (gradeCode === undefined) {
    fail('grades', 'a student needs a grade level');
    return null;
  }
  const grade = mapGrade(gradeCode);
  if (!grade) {
    fail('grades', `"${gradeCode}" is not a grade OpenIEP keeps (PK–12 or UG)`);
    return null;
  }
  const demographics = demographicsOf(scan, sid, fail);
  if (!demographics) return null;
  const { d, demoFile, dob, sex } = demographics;
  const localId = r.get('identifier') || sid;
  const lk = localId.toLowerCase();
  const seenOn = localIdsSeen.get(lk);
  if (seenOn !== undefined) {
    fail('identifier', `the same student identifier is on line ${seenOn}`);
    return null;
  }
  const held = conflicts.studentLocalIds[lk];
  if (held !== undefined && held !== sid) {
    fail('identifier', `student identifier "${localId}" already belongs to another student in this district`);
    return null;
  }
  localIdsSeen.set(lk, r.line);
  scan.ctx.count(demoFile).used++;
  return {
    sourceId: sid,
    line: r.line,
    schoolSourceId: school,
    localId,
    firstName: first,
    middleName: r.get('middleName') || null,
    lastName: last,
    dateOfBirth: dob,
    grade,
    sex,
    hispanicLatino: truthy(d.get('hispanicOrLatinoEthnicity')),
    races: racesOf(d),
  };
}

/** The student's demographics.csv row with a usable birth date and sex; null after `fail` (and the row's rejection). */
function demographicsOf(
  scan: UserScan,
  sid: string,
  fail: (field: string, reason: string) => void,
): { d: Row; demoFile: string; dob: string; sex: 'F' | 'M' | 'X' } | null {
  const { reject, where } = scan.ctx;
  const demoT = scan.ctx.tables.demographics;
  const d = scan.refs.demo.get(sid);
  // A demographics row exists only when demographics.csv does.
  if (!d || !demoT) {
    fail(
      'birthDate',
      demoT
        ? `${demoT.file} has no row for this student (a student needs a date of birth)`
        : 'demographics.csv is absent: a student needs a date of birth',
    );
    return null;
  }
  const dob = d.get('birthDate');
  if (!isIsoDate(dob)) {
    reject(demoT.file, d.line, 'birthDate', dob ? `"${dob}" is not an ISO date (YYYY-MM-DD)` : 'is empty');
    fail('birthDate', `the student's date of birth is not usable (${where(demoT.file, d.line)})`);
    return null;
  }
  const sex = mapSex(d.get('sex'));
  if (!sex) {
    reject(demoT.file, d.line, 'sex', `"${d.get('sex')}" is not a OneRoster sex (male, female, other, unspecified)`);
    fail('sex', `the student's demographics are not usable (${where(demoT.file, d.line)})`);
    return null;
  }
  return { d, demoFile: demoT.file, dob, sex };
}

/** demographics.csv's race columns → OpenIEP's race codes, in the file's order. */
function racesOf(d: Row): string[] {
  return (
    [
      ['americanIndianOrAlaskaNative', 'american_indian_alaska_native'],
      ['asian', 'asian'],
      ['blackOrAfricanAmerican', 'black_african_american'],
      ['nativeHawaiianOrOtherPacificIslander', 'native_hawaiian_pacific_islander'],
      ['white', 'white'],
    ] as const
  )
    .filter(([c]) => truthy(d.get(c)))
    .map(([, v]) => v);
}

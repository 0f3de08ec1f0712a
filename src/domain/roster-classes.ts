/**
 * OneRoster classes and enrollments → sections (one teacher each: the primary, else the first) and student enrollments
 * (src/domain/roster.ts). Pure.
 */
import { isIsoDate } from './dates';
import type { RosterContext, RosterTable } from './roster-context';
import { multi, truthy, type RosterEnrollment, type RosterSection } from './roster-format';
import type { Courses, SchoolOf, Terms } from './roster-references';
import type { MappedUsers } from './roster-users';

type ClassPre = Omit<RosterSection, 'teacherSourceId'> & { line: number };
/** Classes that passed their own checks (the teacher is decided from the enrollments); why the others did not. */
export interface MappedClasses {
  classPre: Map<string, ClassPre>;
  classWhy: Map<string, string>;
}

export function mapClasses(
  ctx: RosterContext,
  refs: { schoolOf: SchoolOf; terms: Terms; courses: Courses },
): MappedClasses {
  const { tables, admit, reject, warn, where } = ctx;
  const { schoolOf, terms, courses } = refs;
  const sessions = tables.academicSessions;
  const courseT = tables.courses;
  const classT = tables.classes;
  const classPre = new Map<string, ClassPre>();
  const classWhy = new Map<string, string>();
  if (classT)
    for (const r of classT.rows) {
      const sid = r.get('sourcedId');
      if (!admit(classT.file, r)) {
        if (sid && !classWhy.has(sid)) classWhy.set(sid, `was not imported (${where(classT.file, r.line)})`);
        continue;
      }
      const fail = (field: string, reason: string) => {
        reject(classT.file, r.line, field, reason);
        classWhy.set(sid, `was rejected (${where(classT.file, r.line)})`);
      };
      const title = r.get('title');
      if (!title) {
        fail('title', 'is empty');
        continue;
      }
      const s = schoolOf(r.get('schoolSourcedId'));
      if (!r.get('schoolSourcedId')) {
        fail('schoolSourcedId', 'is empty');
        continue;
      }
      if ('why' in s) {
        fail('schoolSourcedId', s.why);
        continue;
      }
      const termIds = multi(r.get('termSourcedIds'));
      if (termIds.length === 0) {
        fail('termSourcedIds', 'is empty');
        continue;
      }
      const [termId = ''] = termIds;
      const t = terms.get(termId);
      if (!t) {
        fail('termSourcedIds', `term "${termId}" is not in ${sessions?.file ?? 'academicSessions.csv'}`);
        continue;
      }
      if ('why' in t) {
        fail('termSourcedIds', `term "${termId}" ${t.why}`);
        continue;
      }
      let courseCode: string | null = r.get('classCode') || null;
      const cref = r.get('courseSourcedId');
      if (cref) {
        if (courseT) {
          const c = courses.get(cref);
          if (!c) {
            fail('courseSourcedId', `course "${cref}" is not in ${courseT.file}`);
            continue;
          }
          if ('why' in c) {
            fail('courseSourcedId', `course "${cref}" ${c.why}`);
            continue;
          }
          courseCode = c.code || courseCode;
        } else
          warn(classT.file, r.line, 'courseSourcedId', `course "${cref}" cannot be checked: courses.csv is absent`);
      }
      classPre.set(sid, {
        sourceId: sid,
        line: r.line,
        schoolSourceId: s.school,
        name: title,
        courseCode,
        schoolYear: t.year,
        grades: multi(r.get('grades')),
      });
    }
  return { classPre, classWhy };
}

type TeacherEnrollment = { user: string; primary: boolean; line: number };
type StudentEnrollment = { sourceId: string; line: number; cls: string; user: string };

/** Enrollments → each class's teacher and its students; a class without a teacher enrollment is rejected. */
export function mapEnrollments(
  ctx: RosterContext,
  classes: MappedClasses,
  users: MappedUsers,
): { sections: RosterSection[]; enrollments: RosterEnrollment[] } {
  const classT = ctx.tables.classes;
  const enrT = ctx.tables.enrollments;
  const { teachers, students } = enrT
    ? readEnrollments(ctx, enrT, classes, users)
    : { teachers: new Map<string, TeacherEnrollment[]>(), students: [] };
  // Every class that passed its checks came from classes.csv, so without that file there is nothing to seat.
  const sections = classT ? chooseTeachers(ctx, classT.file, enrT?.file ?? 'enrollments.csv', classes, teachers) : [];
  const enrollments = enrT ? keepStudentEnrollments(ctx, enrT.file, sections, classes.classWhy, students) : [];
  return { sections, enrollments };
}

/** The enrollment rows that pass their checks: teachers by class, and the student enrollments in file order. */
function readEnrollments(
  ctx: RosterContext,
  enrT: RosterTable,
  classes: MappedClasses,
  users: MappedUsers,
): { teachers: Map<string, TeacherEnrollment[]>; students: StudentEnrollment[] } {
  const { admit, reject, warn } = ctx;
  const { classPre, classWhy } = classes;
  const { userOk, userWhy, file: uf } = users;
  const classFile = ctx.tables.classes?.file ?? 'classes.csv';
  const teachers = new Map<string, TeacherEnrollment[]>();
  const students: StudentEnrollment[] = [];
  for (const r of enrT.rows) {
    if (!admit(enrT.file, r)) continue;
    const cls = r.get('classSourcedId');
    const user = r.get('userSourcedId');
    const role = r.get('role').toLowerCase();
    if (role !== 'student' && role !== 'teacher') {
      reject(enrT.file, r.line, 'role', `"${r.get('role')}" enrollments are not imported (students and teachers only)`);
      continue;
    }
    if (!classPre.has(cls)) {
      const why = classWhy.get(cls);
      reject(
        enrT.file,
        r.line,
        'classSourcedId',
        why !== undefined ? `class "${cls}" ${why}` : `class "${cls}" is not in ${classFile}`,
      );
      continue;
    }
    const u = userOk.get(user);
    if (!u) {
      const why = userWhy.get(user);
      reject(
        enrT.file,
        r.line,
        'userSourcedId',
        why !== undefined ? `user "${user}" ${why}` : `user "${user}" is not in ${uf}`,
      );
      continue;
    }
    const want = role === 'student' ? 'student' : 'staff';
    if (u.kind !== want) {
      reject(enrT.file, r.line, 'userSourcedId', `user "${user}" is not a ${role}`);
      continue;
    }
    for (const f of ['beginDate', 'endDate']) {
      const d = r.get(f);
      if (d && !isIsoDate(d)) warn(enrT.file, r.line, f, `"${d}" is not an ISO date (YYYY-MM-DD); it is ignored`);
    }
    if (role === 'teacher') {
      const list = teachers.get(cls) ?? [];
      list.push({ user, primary: truthy(r.get('primary')), line: r.line });
      teachers.set(cls, list);
    } else students.push({ sourceId: r.get('sourcedId'), line: r.line, cls, user });
  }
  return { teachers, students };
}

/** One section per class: its primary teacher, else the first listed; the other teachers are skipped. */
function chooseTeachers(
  ctx: RosterContext,
  classFile: string,
  enrFile: string,
  classes: MappedClasses,
  teachers: Map<string, TeacherEnrollment[]>,
): RosterSection[] {
  const { reject, skip, where, count } = ctx;
  const sections: RosterSection[] = [];
  for (const c of classes.classPre.values()) {
    const [chosen, ...others] = [...(teachers.get(c.sourceId) ?? [])].sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line,
    );
    if (!chosen) {
      reject(
        classFile,
        c.line,
        'enrollments',
        `the class has no imported teacher enrollment in ${enrFile} (a section needs a teacher)`,
      );
      classes.classWhy.set(c.sourceId, `was rejected (${where(classFile, c.line)})`);
      continue;
    }
    count(enrFile).used++;
    for (const o of others)
      skip(enrFile, o.line, 'role', `a section has one teacher in OpenIEP; the teacher on line ${chosen.line} is kept`);
    const { line, ...rest } = c;
    sections.push({ ...rest, line, teacherSourceId: chosen.user });
  }
  return sections;
}

/** Student enrollments in a kept section, each student once per section. */
function keepStudentEnrollments(
  ctx: RosterContext,
  enrFile: string,
  sections: RosterSection[],
  classWhy: Map<string, string>,
  students: StudentEnrollment[],
): RosterEnrollment[] {
  const { reject, skip } = ctx;
  const sectionIds = new Set(sections.map((s) => s.sourceId));
  const enrollments: RosterEnrollment[] = [];
  const enrSeen = new Map<string, number>();
  for (const e of students) {
    if (!sectionIds.has(e.cls)) {
      reject(enrFile, e.line, 'classSourcedId', `class "${e.cls}" ${classWhy.get(e.cls) ?? 'was rejected'}`);
      continue;
    }
    const k = `${e.cls}\u0000${e.user}`;
    const first = enrSeen.get(k);
    if (first !== undefined) {
      skip(enrFile, e.line, 'userSourcedId', `the same student is already enrolled in this class on line ${first}`);
      continue;
    }
    enrSeen.set(k, e.line);
    enrollments.push({ sourceId: e.sourceId, line: e.line, sectionSourceId: e.cls, studentSourceId: e.user });
  }
  return enrollments;
}

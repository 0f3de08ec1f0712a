/**
 * OneRoster classes and enrollments → sections (one teacher each: the primary, else the first) and student enrollments
 * (src/domain/roster.ts). Pure.
 */
import { isIsoDate } from './dates';
import type { RosterContext } from './roster-context';
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
      const t = terms.get(termIds[0]!);
      if (!t) {
        fail('termSourcedIds', `term "${termIds[0]}" is not in ${sessions?.file ?? 'academicSessions.csv'}`);
        continue;
      }
      if ('why' in t) {
        fail('termSourcedIds', `term "${termIds[0]}" ${t.why}`);
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

/** Enrollments → each class's teacher and its students; a class without a teacher enrollment is rejected. */
export function mapEnrollments(
  ctx: RosterContext,
  classes: MappedClasses,
  users: MappedUsers,
): { sections: RosterSection[]; enrollments: RosterEnrollment[] } {
  const { tables, admit, reject, skip, warn, where, count } = ctx;
  const { classPre, classWhy } = classes;
  const { userOk, userWhy, file: uf } = users;
  const classT = tables.classes;
  const enrT = tables.enrollments;
  const teachers = new Map<string, { user: string; primary: boolean; line: number }[]>();
  const studentEnr: { sourceId: string; line: number; cls: string; user: string }[] = [];
  if (enrT)
    for (const r of enrT.rows) {
      if (!admit(enrT.file, r)) continue;
      const cls = r.get('classSourcedId');
      const user = r.get('userSourcedId');
      const role = r.get('role').toLowerCase();
      if (role !== 'student' && role !== 'teacher') {
        reject(
          enrT.file,
          r.line,
          'role',
          `"${r.get('role')}" enrollments are not imported (students and teachers only)`,
        );
        continue;
      }
      if (!classPre.has(cls)) {
        reject(
          enrT.file,
          r.line,
          'classSourcedId',
          classWhy.has(cls)
            ? `class "${cls}" ${classWhy.get(cls)}`
            : `class "${cls}" is not in ${classT?.file ?? 'classes.csv'}`,
        );
        continue;
      }
      const u = userOk.get(user);
      if (!u) {
        reject(
          enrT.file,
          r.line,
          'userSourcedId',
          userWhy.has(user) ? `user "${user}" ${userWhy.get(user)}` : `user "${user}" is not in ${uf}`,
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
      } else studentEnr.push({ sourceId: r.get('sourcedId'), line: r.line, cls, user });
    }

  const sections: RosterSection[] = [];
  for (const c of classPre.values()) {
    const list = [...(teachers.get(c.sourceId) ?? [])].sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.line - b.line,
    );
    if (list.length === 0) {
      reject(
        classT!.file,
        c.line,
        'enrollments',
        `the class has no imported teacher enrollment in ${enrT?.file ?? 'enrollments.csv'} (a section needs a teacher)`,
      );
      classWhy.set(c.sourceId, `was rejected (${where(classT!.file, c.line)})`);
      continue;
    }
    const [chosen, ...others] = list;
    count(enrT!.file).used++;
    for (const o of others)
      skip(
        enrT!.file,
        o.line,
        'role',
        `a section has one teacher in OpenIEP; the teacher on line ${chosen!.line} is kept`,
      );
    const { line, ...rest } = c;
    sections.push({ ...rest, line, teacherSourceId: chosen!.user });
  }
  const sectionIds = new Set(sections.map((s) => s.sourceId));
  const enrollments: RosterEnrollment[] = [];
  const enrSeen = new Map<string, number>();
  for (const e of studentEnr) {
    if (!sectionIds.has(e.cls)) {
      reject(enrT!.file, e.line, 'classSourcedId', `class "${e.cls}" ${classWhy.get(e.cls) ?? 'was rejected'}`);
      continue;
    }
    const k = `${e.cls}\u0000${e.user}`;
    if (enrSeen.has(k)) {
      skip(
        enrT!.file,
        e.line,
        'userSourcedId',
        `the same student is already enrolled in this class on line ${enrSeen.get(k)}`,
      );
      continue;
    }
    enrSeen.set(k, e.line);
    enrollments.push({ sourceId: e.sourceId, line: e.line, sectionSourceId: e.cls, studentSourceId: e.user });
  }

  return { sections, enrollments };
}

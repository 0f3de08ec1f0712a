/**
 * A batch of the synthetic district's students (bench/synthetic.ts), generated in student order: each student's row,
 * their guardians, sections, case manager and providers, and (with plans) the IEP in effect and the draft of its
 * review. The details come from the `detail` stream and the plans from `planRnd`, both consumed in student order, so
 * the rows do not depend on the batch size.
 */
import type { PlanDates } from '../src/domain/plan';
import { at } from './at';
import { ColumnRows, type PgType } from './column-rows';
import type { Layout } from './synthetic-layout';
import { LAST, LAST_HISPANIC, STREET_KIND, STREETS } from './synthetic-names';
import { activeIepDates, DRAFT_REVIEWS_BEFORE, reviewDraftDates, syntheticIep } from './synthetic-plans';
import {
  CATEGORIES,
  COHORT_START_YEAR,
  DISCIPLINES,
  GRADE_LABELS,
  ST_EVALUATING,
  ST_IEP,
  ST_REFERRED,
  STATUS,
  SUBJECTS,
} from './synthetic-shape';
import { ethnicity, firstRelation, guardianFirstName, language, names, secondRelation } from './synthetic-people';
import { pick, type Naming } from './synthetic-structure';

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateColumns = (d: PlanDates) => ({
  meeting_date: d.meetingDate,
  start_date: d.startDate,
  end_date: d.endDate,
  next_annual_review: d.nextAnnualReview,
});
const DAY_MS = 86_400_000;
const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const SINCE_EARLIEST = Date.UTC(2023, 7, 15);
const SINCE_SPAN = Date.UTC(2026, 9, 30) - SINCE_EARLIEST;
const RECENT_EARLIEST = Date.UTC(2026, 8, 1);
const RECENT_SPAN = Date.UTC(2026, 10, 20) - RECENT_EARLIEST;

const STUDENT_COLUMNS = {
  id: 'uuid',
  district_id: 'uuid',
  school_id: 'uuid',
  local_id: 'text',
  state_id: 'text',
  first_name: 'text',
  middle_name: 'text',
  last_name: 'text',
  date_of_birth: 'date',
  grade: 'text',
  primary_language: 'text',
  home_language: 'text',
  english_learner: 'bool',
  hispanic_latino: 'bool',
  races: 'text[]',
  sex: 'text',
  sped_status: 'text',
  primary_disability: 'text',
  secondary_disability: 'text',
} as const satisfies Record<string, PgType>;
const GUARDIAN_COLUMNS = {
  id: 'uuid',
  district_id: 'uuid',
  first_name: 'text',
  last_name: 'text',
  email: 'text',
  phone: 'text',
  preferred_language: 'text',
  address: 'text',
} as const satisfies Record<string, PgType>;
const STUDENT_GUARDIAN_COLUMNS = {
  district_id: 'uuid',
  student_id: 'uuid',
  guardian_id: 'uuid',
  relationship: 'text',
  educational_rights: 'bool',
  lives_with: 'bool',
} as const satisfies Record<string, PgType>;
const PLAN_COLUMNS = {
  id: 'uuid',
  district_id: 'uuid',
  student_id: 'uuid',
  type: 'text',
  status: 'text',
  meeting_date: 'date',
  start_date: 'date',
  end_date: 'date',
  next_annual_review: 'date',
  content: 'jsonb',
  created_by: 'uuid',
  finalized_at: 'timestamptz',
  finalized_by: 'uuid',
  in_effect_from: 'date',
  based_on: 'uuid',
} as const satisfies Record<string, PgType>;

/** The tables of one batch, in the order they are written. */
function batchTables() {
  return {
    students: new ColumnRows('students', STUDENT_COLUMNS),
    guardians: new ColumnRows('guardians', GUARDIAN_COLUMNS),
    links: new ColumnRows('student_guardians', STUDENT_GUARDIAN_COLUMNS),
    enrollments: new ColumnRows('section_enrollments', { district_id: 'uuid', section_id: 'uuid', student_id: 'uuid' }),
    cma: new ColumnRows('case_manager_assignments', {
      district_id: 'uuid',
      student_id: 'uuid',
      user_id: 'uuid',
      since: 'date',
    }),
    pa: new ColumnRows('provider_assignments', {
      district_id: 'uuid',
      student_id: 'uuid',
      user_id: 'uuid',
      discipline: 'text',
      since: 'date',
    }),
    plans: new ColumnRows('plans', PLAN_COLUMNS),
  };
}
type BatchTables = ReturnType<typeof batchTables>;

/** What every batch shares: the layout, the accounts and sections written, the streams, and the running counts. */
export interface StudentContext {
  layout: Layout;
  districtId: string;
  naming: Naming;
  city: string;
  areaCode: string;
  sectionIds: string[];
  caseManagerIds: string[];
  providerIds: string[][];
  detail: () => number;
  planRnd: () => number;
  withPlans: boolean;
  /** Scratch for the subjects picked for one student. */
  picked: number[];
  counts: { guardians: number; enrollments: number; activePlans: number; drafts: number };
}

interface StudentMade {
  id: string;
  first: string;
  last: string;
  hispanic: boolean;
  home: string;
  el: boolean;
  dob: string;
}

/** Student i's row. */
function addStudent(ctx: StudentContext, t: BatchTables, i: number): StudentMade {
  const { layout, detail, naming } = ctx;
  const id = naming.key(`student:${i}`);
  const g = at(layout.grade, i);
  const sx = at(layout.sex, i);
  const school = at(layout.schools, at(layout.schoolOf, i));
  const { hispanic, races } = ethnicity(detail);
  const asian = !hispanic && races[0] === 'asian';
  const { home, el } = language(detail, hispanic, asian);
  const { first, last, middle } = names(detail, sx, hispanic, asian);
  const dob = isoDate(
    Date.UTC(COHORT_START_YEAR - g - at(layout.retained, i), 8, 1) + Math.floor(detail() * 365) * DAY_MS,
  );
  const st = at(layout.status, i);
  const p = at(layout.primary, i);
  const sec = at(layout.secondary, i);
  t.students.add({
    id,
    district_id: ctx.districtId,
    school_id: school.id,
    local_id: String(100000 + i),
    state_id: `${naming.tag.toUpperCase()}-${String(i + 1).padStart(8, '0')}`,
    first_name: first,
    middle_name: middle,
    last_name: last,
    date_of_birth: dob,
    grade: GRADE_LABELS[g],
    primary_language: el ? home : 'en',
    home_language: home,
    english_learner: el,
    hispanic_latino: hispanic,
    races,
    sex: sx === 0 ? 'F' : sx === 1 ? 'M' : 'X',
    sped_status: STATUS[st],
    primary_disability: p >= 0 ? CATEGORIES[p] : null,
    secondary_disability: sec >= 0 ? CATEGORIES[sec] : null,
  });
  return { id, first, last, hispanic, home, el, dob };
}

/** Guardians: one or two (55 %); most share the student's last name; the family's language is the home language. */
function addGuardians(ctx: StudentContext, t: BatchTables, i: number, s: StudentMade): void {
  const { detail, city, districtId } = ctx;
  const { key, tag, domain } = ctx.naming;
  const address = () =>
    `${1 + Math.floor(detail() * 9899)} ${pick(detail, STREETS)} ${pick(detail, STREET_KIND)}, ${city}`;
  const two = detail() < 0.55;
  const g1Rel = firstRelation(detail);
  const street = address();
  const relations = two ? [g1Rel, secondRelation(detail, g1Rel)] : [g1Rel];
  for (let j = 0; j < relations.length; j++) {
    const relation = at(relations, j);
    const gid = key(`guardian:${i}:${j}`);
    const gFirst = guardianFirstName(detail, relation, s.hispanic);
    const gLast = detail() < 0.85 ? s.last : pick(detail, s.hispanic ? LAST_HISPANIC : LAST);
    const hasEmail = detail() < 0.8;
    const livesWith = j === 0 || detail() < 0.8;
    t.guardians.add({
      id: gid,
      district_id: districtId,
      first_name: gFirst,
      last_name: gLast,
      email: hasEmail ? `${ascii(gFirst)}.${ascii(gLast)}.${i}${j ? 'b' : ''}.${tag}@${domain}` : null,
      phone: `(${ctx.areaCode}) 555-01${String(Math.floor(detail() * 100)).padStart(2, '0')}`,
      preferred_language: s.home,
      address: livesWith ? street : address(),
    });
    // A grandparent who is the second adult usually does not hold educational rights (34 CFR 300.30).
    t.links.add({
      district_id: districtId,
      student_id: s.id,
      guardian_id: gid,
      relationship: relation,
      educational_rights: !(relation === 'grandparent' && j > 0),
      lives_with: livesWith,
    });
    ctx.counts.guardians++;
  }
}

/** Sections: the first subject (homeroom or English) and 3–5 other subjects, one section of each. */
function addEnrollments(ctx: StudentContext, t: BatchTables, i: number, studentId: string): void {
  const { detail, picked, sectionIds, districtId, layout } = ctx;
  const g = at(layout.grade, i);
  const school = at(layout.schools, at(layout.schoolOf, i));
  const start = at(school.sectionStart, g);
  const firstCount = at(school.firstSubjectSections, g);
  const other = at(school.otherSubjectSections, g);
  const subjects = SUBJECTS[school.level].length;
  const k = 4 + Math.floor(detail() * 3);
  t.enrollments.add({
    district_id: districtId,
    section_id: at(sectionIds, start + Math.floor(detail() * firstCount)),
    student_id: studentId,
  });
  let n = 1;
  while (n < k) {
    const subj = 1 + Math.floor(detail() * (subjects - 1));
    let dup = false;
    for (let m = 1; m < n; m++) if (picked[m] === subj) dup = true;
    if (dup) continue;
    picked[n++] = subj;
    t.enrollments.add({
      district_id: districtId,
      section_id: at(sectionIds, start + firstCount + (subj - 1) * other + Math.floor(detail() * other)),
      student_id: studentId,
    });
  }
  ctx.counts.enrollments += k;
}

/** The case manager and the providers, since a day in the last three years (this autumn for a new referral). */
function addAssignments(ctx: StudentContext, t: BatchTables, i: number, studentId: string): void {
  const { detail, layout, districtId } = ctx;
  const st = at(layout.status, i);
  const recent = st === ST_REFERRED || st === ST_EVALUATING;
  const since = isoDate(
    recent
      ? RECENT_EARLIEST + Math.floor(detail() * (RECENT_SPAN / DAY_MS)) * DAY_MS
      : SINCE_EARLIEST + Math.floor(detail() * (SINCE_SPAN / DAY_MS)) * DAY_MS,
  );
  const cm = at(layout.caseManagerOf, i);
  if (cm >= 0)
    t.cma.add({ district_id: districtId, student_id: studentId, user_id: at(ctx.caseManagerIds, cm), since });
  for (let d = 0; d < DISCIPLINES.length; d++) {
    const pr = at(at(layout.providerOf, d), i);
    if (pr >= 0)
      t.pa.add({
        district_id: districtId,
        student_id: studentId,
        user_id: at(at(ctx.providerIds, d), pr),
        discipline: DISCIPLINES[d],
        since,
      });
  }
}

/** The IEP in effect, written and finalized by the case manager; a draft when the annual review is near. Its id, or null. */
function addPlans(ctx: StudentContext, t: BatchTables, i: number, s: StudentMade): string | null {
  const { layout, planRnd, districtId, naming } = ctx;
  if (!ctx.withPlans || at(layout.status, i) !== ST_IEP) return null;
  const by = at(ctx.caseManagerIds, at(layout.caseManagerOf, i));
  const dates = activeIepDates(planRnd);
  const bits = at(layout.needs, i);
  const sec = at(layout.secondary, i);
  const content = JSON.stringify(
    syntheticIep(
      planRnd,
      {
        firstName: s.first,
        grade: at(layout.grade, i),
        dateOfBirth: s.dob,
        englishLearner: s.el,
        homeLanguage: s.home,
        primary: at(CATEGORIES, at(layout.primary, i)),
        secondary: sec >= 0 ? at(CATEGORIES, sec) : null,
        needs: { slp: (bits & 1) !== 0, ot: (bits & 2) !== 0, pt: (bits & 4) !== 0, psychologist: (bits & 8) !== 0 },
      },
      dates,
    ),
  );
  const planId = naming.key(`plan:${i}`);
  const row = { district_id: districtId, student_id: s.id, type: 'iep', created_by: by, content };
  t.plans.add({
    ...row,
    id: planId,
    status: 'active',
    ...dateColumns(dates),
    finalized_at: `${dates.meetingDate}T17:00:00Z`,
    finalized_by: by,
    in_effect_from: dates.startDate,
    based_on: null,
  });
  ctx.counts.activePlans++;
  if (dates.nextAnnualReview !== null && dates.nextAnnualReview < DRAFT_REVIEWS_BEFORE) {
    t.plans.add({
      ...row,
      id: naming.key(`plan:${i}:review`),
      status: 'draft',
      ...dateColumns(reviewDraftDates(dates, planRnd)),
      finalized_at: null,
      finalized_by: null,
      in_effect_from: null,
      based_on: planId,
    });
    ctx.counts.drafts++;
  }
  return planId;
}

/** Students [from, to): their tables, in the order they are written, and the ids of the IEPs in effect. */
export function makeBatch(ctx: StudentContext, from: number, to: number) {
  const t = batchTables();
  const activePlanIds: string[] = [];
  for (let i = from; i < to; i++) {
    const s = addStudent(ctx, t, i);
    addGuardians(ctx, t, i, s);
    addEnrollments(ctx, t, i, s.id);
    addAssignments(ctx, t, i, s.id);
    const planId = addPlans(ctx, t, i, s);
    if (planId) activePlanIds.push(planId);
  }
  return {
    tables: [t.students, t.guardians, t.links, t.enrollments, t.cma, t.pa, t.plans] as const,
    activePlanIds,
  };
}
export type Batch = ReturnType<typeof makeBatch>;

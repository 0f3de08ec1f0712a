/**
 * Demo data for meetings (Lincoln), deterministic (the tests pin today to 2026-11-30):
 *  - L1010 (index 9, parent2's child): the annual review on 2026-12-08 (the date in its draft IEP), notice sent,
 *    but the team has no general education teacher: the 300.321 check shows it.
 *  - L1001 (index 0, parent@'s child): an amendment meeting on 2026-12-10, a complete team, notice sent in
 *    Spanish; the parent has not answered yet.
 *  - L1001: the annual review held on 2026-09-10, which produced the IEP in effect (its case event is in seed-demo-case).
 * One function per meeting (each participant spelled out); they go in through createMeeting
 * (src/db/factories-records.ts).
 */
import { must } from './values';
import type { Queryable } from './connect';
import { createMeeting } from './factories-records';
import type { DemoCaseParams } from './seed-demo-case';

const TIME_ZONE = 'America/Los_Angeles';

interface SeedParticipant {
  key: string;
  role: string;
  name: string;
  title?: string;
  userId?: string;
  guardianId?: string;
  interpretsEvaluations?: boolean;
  response?: string;
  respondedAt?: string;
  attendance?: string;
  attendedBy?: string;
  signedAt?: string;
}

interface SeedMeeting {
  key: string;
  studentIndex: number;
  purpose: string;
  purposeNote?: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  location: string;
  videoLink?: string;
  status: 'scheduled' | 'held';
  noticeSentOn: string;
  noticeMethod: string;
  noticeLanguage: string;
  minutes?: string;
  planKey?: string;
  heldAt?: string;
  createdAt: string;
  participants: SeedParticipant[];
}

interface Guardian {
  id: string;
  name: string;
}

/** The Lincoln staff on the demo teams. */
function staffOf(p: DemoCaseParams) {
  return {
    cm: { userId: p.id('lincoln:cm'), name: 'Maria Alvarez' },
    admin: { userId: p.id('lincoln:admin'), name: 'Dana Whitfield' },
    teacher: { userId: p.id('lincoln:teacher'), name: 'Sam Carter' },
    slp: { userId: p.id('lincoln:provider'), name: 'Priya Natarajan' },
  };
}

type Staff = ReturnType<typeof staffOf>;

export async function seedDemoMeetings(tx: Queryable, p: DemoCaseParams): Promise<void> {
  const guardian = async (studentIndex: number): Promise<Guardian> => {
    const gid = p.id(`lincoln:student:${studentIndex}:guardian:1`);
    const rows = await tx.query<{ name: string }>(
      `SELECT first_name || ' ' || last_name AS name FROM guardians WHERE id = $1`,
      [gid],
    );
    return { id: gid, name: must(rows[0], `guardian ${gid}`).name };
  };
  const davis = await guardian(9);
  const lopez = await guardian(0);
  const staff = staffOf(p);
  const meetings = [davisAnnual(davis, staff), lopezAmendment(lopez, staff), lopezAnnual(lopez, staff)];

  const studentAt = (i: number) => {
    const sid = p.studentIds[i];
    if (!sid) throw new Error(`no demo student ${String(i)}`);
    return sid;
  };
  for (const m of meetings) {
    await createMeeting(tx, {
      id: p.id(m.key),
      districtId: p.districtId,
      studentId: studentAt(m.studentIndex),
      purpose: m.purpose,
      purposeNote: m.purposeNote,
      date: m.date,
      startTime: m.startTime,
      timeZone: TIME_ZONE,
      durationMinutes: m.durationMinutes,
      location: m.location,
      videoLink: m.videoLink,
      status: m.status,
      noticeSentOn: m.noticeSentOn,
      noticeMethod: m.noticeMethod,
      noticeLanguage: m.noticeLanguage,
      minutes: m.minutes,
      planId: m.planKey ? p.id(m.planKey) : null,
      heldAt: m.heldAt,
      createdById: p.caseManagerId,
      createdByName: p.caseManagerName,
      createdAt: m.createdAt,
      participants: m.participants.map(({ key, ...x }) => ({ ...x, id: p.id(`${m.key}:${key}`) })),
    });
  }
}

/** L1010's annual review: notice sent, no general education teacher on the team. */
function davisAnnual(davis: Guardian, staff: Staff): SeedMeeting {
  return {
    key: 'meeting:davis-annual',
    studentIndex: 9,
    purpose: 'annual',
    date: '2026-12-08',
    startTime: '15:30',
    durationMinutes: 60,
    location: 'Lincoln Middle School, room 114',
    status: 'scheduled',
    noticeSentOn: '2026-11-20',
    noticeMethod: 'mail',
    noticeLanguage: 'en',
    createdAt: '2026-11-18T17:00:00Z',
    participants: [
      {
        key: 'parent',
        role: 'parent',
        name: davis.name,
        guardianId: davis.id,
        response: 'accepted',
        respondedAt: '2026-11-21T02:10:00Z',
      },
      {
        key: 'sped',
        role: 'special_education_teacher',
        name: staff.cm.name,
        title: 'Case manager',
        userId: staff.cm.userId,
      },
      {
        key: 'slp',
        role: 'special_education_provider',
        name: staff.slp.name,
        title: 'Speech-language pathologist',
        userId: staff.slp.userId,
        interpretsEvaluations: true,
      },
      {
        key: 'rep',
        role: 'district_representative',
        name: staff.admin.name,
        title: 'Director of special education',
        userId: staff.admin.userId,
      },
    ],
  };
}

/** L1001's amendment meeting: a complete team, notice in Spanish, the parent has not answered. */
function lopezAmendment(lopez: Guardian, staff: Staff): SeedMeeting {
  return {
    key: 'meeting:lopez-amendment',
    studentIndex: 0,
    purpose: 'amendment',
    purposeNote: 'Review reading progress and consider more reading support',
    date: '2026-12-10',
    startTime: '16:00',
    durationMinutes: 45,
    location: 'Lincoln Middle School, library conference room',
    videoLink: 'https://meet.lincoln.example.org/iep-l1001',
    status: 'scheduled',
    noticeSentOn: '2026-11-20',
    noticeMethod: 'mail',
    noticeLanguage: 'es',
    createdAt: '2026-11-19T17:00:00Z',
    participants: [
      { key: 'parent', role: 'parent', name: lopez.name, guardianId: lopez.id },
      {
        key: 'gen',
        role: 'general_education_teacher',
        name: staff.teacher.name,
        title: 'Math 7',
        userId: staff.teacher.userId,
      },
      {
        key: 'sped',
        role: 'special_education_teacher',
        name: staff.cm.name,
        title: 'Case manager',
        userId: staff.cm.userId,
      },
      {
        key: 'slp',
        role: 'special_education_provider',
        name: staff.slp.name,
        title: 'Speech-language pathologist',
        userId: staff.slp.userId,
        interpretsEvaluations: true,
      },
      {
        key: 'rep',
        role: 'district_representative',
        name: staff.admin.name,
        title: 'Director of special education',
        userId: staff.admin.userId,
      },
    ],
  };
}

/** L1001's annual review, held: it produced the IEP in effect. */
function lopezAnnual(lopez: Guardian, staff: Staff): SeedMeeting {
  return {
    key: 'meeting:lopez-annual-2026',
    studentIndex: 0,
    purpose: 'annual',
    date: '2026-09-10',
    startTime: '15:00',
    durationMinutes: 60,
    location: 'Lincoln Middle School, room 114',
    status: 'held',
    noticeSentOn: '2026-08-24',
    noticeMethod: 'mail',
    noticeLanguage: 'es',
    minutes:
      'The team reviewed present levels and the reading and articulation goals. The parent shared that Camila reads with her younger brother every evening and asked for monthly news of progress. The team agreed on the goals, services and accommodations of the IEP, which takes effect on 2026-09-14. A Spanish interpreter took part.',
    planKey: 'plan:child-iep',
    heldAt: '2026-09-10T23:30:00Z',
    createdAt: '2026-08-20T17:00:00Z',
    participants: [
      {
        key: 'parent',
        role: 'parent',
        name: lopez.name,
        guardianId: lopez.id,
        response: 'accepted',
        respondedAt: '2026-08-26T18:00:00Z',
        attendance: 'attended',
        attendedBy: 'in_person',
        signedAt: '2026-09-10T23:20:00Z',
      },
      {
        key: 'gen',
        role: 'general_education_teacher',
        name: staff.teacher.name,
        title: 'Math 7',
        userId: staff.teacher.userId,
        attendance: 'attended',
        attendedBy: 'in_person',
        signedAt: '2026-09-10T23:20:00Z',
      },
      {
        key: 'sped',
        role: 'special_education_teacher',
        name: staff.cm.name,
        title: 'Case manager',
        userId: staff.cm.userId,
        attendance: 'attended',
        attendedBy: 'in_person',
        signedAt: '2026-09-10T23:20:00Z',
      },
      {
        key: 'slp',
        role: 'special_education_provider',
        name: staff.slp.name,
        title: 'Speech-language pathologist',
        userId: staff.slp.userId,
        interpretsEvaluations: true,
        attendance: 'attended',
        attendedBy: 'in_person',
        signedAt: '2026-09-10T23:20:00Z',
      },
      {
        key: 'rep',
        role: 'district_representative',
        name: staff.admin.name,
        title: 'Director of special education',
        userId: staff.admin.userId,
        attendance: 'attended',
        attendedBy: 'video',
        signedAt: '2026-09-10T23:21:00Z',
      },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { classifyDays } from './calendar';
import { calendarFromDays } from './deadlines';
import {
  ATTENDANCE,
  excusalFindings,
  heldFindings,
  MEETING_FINDING_RULES,
  MEMBER_REQUIREMENTS,
  PARTICIPANT_ROLES,
  requiredMembers,
  noticeFindings,
  noticeLeadTime,
  noticeTimingFindings,
  parentContactDocumented,
  planningFindings,
  producedPlanDate,
  producedPlanFindings,
  transitionExpected,
  type NoticeTimingFacts,
  type ProducedPlanFacts,
  type MeetingFacts,
  type ParticipantFacts,
  type ParticipantRole,
} from './meetings';
import { BUILT_IN_PROFILES, effectiveProfile, STATE_PROFILES } from './state-profiles';

const DATE = '2026-12-08';
let n = 0;
function member(role: ParticipantRole, over: Partial<ParticipantFacts> = {}): ParticipantFacts {
  n += 1;
  return {
    id: `p${n}`,
    role,
    interpretsEvaluations: false,
    invited: true,
    attendance: 'attended',
    excusalAgreedOn: null,
    areaDiscussed: false,
    writtenInputOn: null,
    agencyConsentOn: null,
    ...over,
  };
}
/** A complete team that attended: parent, general and special education teachers, district representative, school psychologist. */
function fullTeam(): ParticipantFacts[] {
  return [
    member('parent'),
    member('general_education_teacher'),
    member('special_education_teacher'),
    member('district_representative'),
    member('evaluation_interpreter'),
  ];
}
function meeting(over: Partial<MeetingFacts> = {}): MeetingFacts {
  return {
    purpose: 'annual',
    date: DATE,
    transitionDiscussed: false,
    studentInRegularClass: true,
    participants: fullTeam(),
    contactAttempts: [],
    ...over,
  };
}
const rules = (fs: { rule: string; severity: string }[], severity = 'error') =>
  fs.filter((f) => f.severity === severity).map((f) => f.rule);
const without = (role: ParticipantRole) => fullTeam().filter((p) => p.role !== role);

describe('the required members of 34 CFR 300.321(a)', () => {
  it('a full team that attended is properly constituted', () => {
    expect(planningFindings(meeting())).toEqual([]);
    expect(heldFindings(meeting())).toEqual([]);
    expect(heldFindings(meeting()).some((f) => f.severity === 'error')).toBe(false);
  });

  it.each<[ParticipantRole, string, string]>([
    ['parent', 'team.missing.parent', '34 CFR 300.321(a)(1)'],
    ['general_education_teacher', 'team.missing.general_education_teacher', '34 CFR 300.321(a)(2)'],
    ['special_education_teacher', 'team.missing.special_education', '34 CFR 300.321(a)(3)'],
    ['district_representative', 'team.missing.district_representative', '34 CFR 300.321(a)(4)'],
    ['evaluation_interpreter', 'team.missing.evaluation_interpreter', '34 CFR 300.321(a)(5)'],
  ])('without a %s: %s (%s), in planning and when held', (role, rule, citation) => {
    const m = meeting({ participants: without(role) });
    const planning = planningFindings(m);
    expect(rules(planning)).toEqual([rule]);
    expect(planning[0]!.citation).toBe(citation);
    expect(rules(heldFindings(m))).toEqual([rule]);
    expect(heldFindings(m).some((f) => f.severity === 'error')).toBe(true);
  });

  it('a member who was listed but not invited does not count', () => {
    const m = meeting({
      participants: [...without('district_representative'), member('district_representative', { invited: false })],
    });
    expect(rules(planningFindings(m))).toEqual(['team.missing.district_representative']);
  });

  it('no general education teacher is required when the student is not (and may not be) in regular classes', () => {
    expect(
      planningFindings(meeting({ participants: without('general_education_teacher'), studentInRegularClass: false })),
    ).toEqual([]);
  });

  it('a special education provider fills the special education requirement', () => {
    expect(
      planningFindings(
        meeting({ participants: [...without('special_education_teacher'), member('special_education_provider')] }),
      ),
    ).toEqual([]);
  });

  it('the evaluation interpreter may be another member of the team', () => {
    const team = without('evaluation_interpreter').map((p) =>
      p.role === 'special_education_teacher' ? { ...p, interpretsEvaluations: true } : p,
    );
    expect(planningFindings(meeting({ participants: team }))).toEqual([]);
    expect(heldFindings(meeting({ participants: team })).some((f) => f.severity === 'error')).toBe(false);
  });

  it('a required member whose attendance is not recorded blocks holding, with the rule named', () => {
    const team = fullTeam().map((p) =>
      p.role === 'district_representative' ? { ...p, attendance: 'unknown' as const } : p,
    );
    expect(planningFindings(meeting({ participants: team }))).toEqual([]);
    expect(rules(heldFindings(meeting({ participants: team })))).toEqual([
      'team.attendance_unknown.district_representative',
    ]);
  });

  it('an absent required member who was not excused makes the meeting not properly constituted', () => {
    const team = fullTeam().map((p) =>
      p.role === 'general_education_teacher' ? { ...p, attendance: 'absent' as const } : p,
    );
    expect(rules(heldFindings(meeting({ participants: team })))).toEqual(['team.absent.general_education_teacher']);
    // A second general education teacher who attended fills the role.
    expect(
      heldFindings(meeting({ participants: [...team, member('general_education_teacher')] })).some(
        (f) => f.severity === 'error',
      ),
    ).toBe(false);
  });
});

describe('the student and agencies when transition is considered (300.321(b))', () => {
  it('transition => the student must be invited', () => {
    expect(rules(planningFindings(meeting({ transitionDiscussed: true })))).toEqual(['team.missing.student']);
    expect(
      planningFindings(
        meeting({
          transitionDiscussed: true,
          participants: [...fullTeam(), member('student', { attendance: 'unknown' })],
        }),
      ),
    ).toEqual([]);
  });

  it('an invited student who does not come is a warning (other steps, 300.321(b)(2)), not a refusal', () => {
    const m = meeting({
      transitionDiscussed: true,
      participants: [...fullTeam(), member('student', { attendance: 'absent' })],
    });
    expect(rules(heldFindings(m))).toEqual([]);
    expect(rules(heldFindings(m), 'warning')).toEqual(['team.student_absent']);
    expect(heldFindings(m).some((f) => f.severity === 'error')).toBe(false);
  });

  it('an agency without the parent’s consent is refused; with consent it is fine', () => {
    const without = meeting({ participants: [...fullTeam(), member('agency')] });
    expect(rules(planningFindings(without))).toEqual(['team.agency_consent']);
    expect(planningFindings(without)[0]!.citation).toBe('34 CFR 300.321(b)(3)');
    expect(heldFindings(without).some((f) => f.severity === 'error')).toBe(true);
    expect(
      planningFindings(meeting({ participants: [...fullTeam(), member('agency', { agencyConsentOn: '2026-11-20' })] })),
    ).toEqual([]);
  });

  it('transition is expected by default from the IEP that will be in effect at the profile’s age', () => {
    // Turns 16 on 2027-12-01: an IEP written 2026-12-01 runs to 2027-12-01.
    expect(transitionExpected('annual', '2011-12-01', '2026-12-01', STATE_PROFILES.federal)).toBe(true);
    expect(transitionExpected('annual', '2011-12-03', '2026-12-01', STATE_PROFILES.federal)).toBe(false);
    expect(transitionExpected('annual', '2013-11-30', '2026-12-01', STATE_PROFILES.TX)).toBe(true); // TX: 14
    expect(transitionExpected('annual', '2013-11-30', '2026-12-01', STATE_PROFILES.federal)).toBe(false);
    expect(transitionExpected('transition', '2020-01-01', '2026-12-01', STATE_PROFILES.federal)).toBe(true);
  });
});

describe('excusal (300.321(e))', () => {
  const excused = (over: Partial<ParticipantFacts>) =>
    member('general_education_teacher', { attendance: 'excused', ...over });
  const teamWith = (p: ParticipantFacts) => [...without('general_education_teacher'), p];

  it.each<[string, Partial<ParticipantFacts>, string[]]>([
    ['no written agreement', {}, ['excusal.written_agreement']],
    ['written agreement, area not discussed', { excusalAgreedOn: '2026-12-01' }, []],
    ['written agreement on the meeting day', { excusalAgreedOn: DATE }, []],
    [
      'written agreement dated after the meeting',
      { excusalAgreedOn: '2026-12-09' },
      ['excusal.agreement_after_meeting'],
    ],
    [
      'area discussed, agreement but no written input',
      { excusalAgreedOn: '2026-12-01', areaDiscussed: true },
      ['excusal.written_input'],
    ],
    [
      'area discussed, agreement and input before',
      { excusalAgreedOn: '2026-12-01', areaDiscussed: true, writtenInputOn: '2026-12-07' },
      [],
    ],
    [
      'area discussed, input on the meeting day',
      { excusalAgreedOn: '2026-12-01', areaDiscussed: true, writtenInputOn: DATE },
      [],
    ],
    [
      'area discussed, input after the meeting',
      { excusalAgreedOn: '2026-12-01', areaDiscussed: true, writtenInputOn: '2026-12-09' },
      ['excusal.input_after_meeting'],
    ],
    ['area discussed, neither', { areaDiscussed: true }, ['excusal.written_agreement', 'excusal.written_input']],
  ])('%s', (_label, over, expected) => {
    const p = excused(over);
    expect(rules(excusalFindings(p, DATE))).toEqual(expected);
    expect(rules(planningFindings(meeting({ participants: teamWith(p) })))).toEqual(expected);
    expect(heldFindings(meeting({ participants: teamWith(p) })).some((f) => f.severity === 'error')).toBe(
      expected.length !== 0,
    );
  });

  it('cites (e)(1) when the area is not discussed and (e)(2) when it is', () => {
    expect(excusalFindings(excused({}), DATE)[0]!.citation).toBe('34 CFR 300.321(e)(1)');
    expect(excusalFindings(excused({ areaDiscussed: true }), DATE)[0]!.citation).toBe('34 CFR 300.321(e)(2)(i)');
  });

  it('the parents cannot be excused', () => {
    const m = meeting({
      participants: [...without('parent'), member('parent', { attendance: 'excused', excusalAgreedOn: '2026-12-01' })],
    });
    expect(rules(heldFindings(m))).toContain('excusal.not_excusable');
    expect(rules(heldFindings(m))).toContain('team.parent_absent');
  });
});

describe('a meeting without the parents (300.322(d))', () => {
  const absentParent = () => [...without('parent'), member('parent', { attendance: 'absent' })];
  it.each<[string, MeetingFacts['contactAttempts'], boolean]>([
    ['no attempts', [], false],
    ['one attempt', [{ on: '2026-12-01', method: 'phone' }], false],
    [
      'two attempts by the same method',
      [
        { on: '2026-12-01', method: 'phone' },
        { on: '2026-12-03', method: 'phone' },
      ],
      false,
    ],
    [
      'two attempts by two methods',
      [
        { on: '2026-12-01', method: 'phone' },
        { on: '2026-12-03', method: 'letter' },
      ],
      true,
    ],
    [
      'two methods, one of them after the meeting',
      [
        { on: '2026-12-01', method: 'phone' },
        { on: '2026-12-09', method: 'letter' },
      ],
      false,
    ],
    [
      'two methods, the second on the meeting day',
      [
        { on: '2026-12-01', method: 'phone' },
        { on: DATE, method: 'email' },
      ],
      true,
    ],
  ])('%s => may go ahead: %s', (_label, attempts, ok) => {
    const m = meeting({ participants: absentParent(), contactAttempts: attempts });
    expect(parentContactDocumented(attempts, DATE).documented).toBe(ok);
    expect(heldFindings(m).some((f) => f.severity === 'error')).toBe(!ok);
    expect(rules(heldFindings(m), ok ? 'warning' : 'error')).toEqual([
      ok ? 'team.parent_absent_documented' : 'team.parent_absent',
    ]);
  });
});

describe('notice lead time (300.322(a)(1), the profile’s days)', () => {
  const calendar = calendarFromDays(
    classifyDays('2026-08-17', '2027-06-04', [
      { from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' },
      { from: '2026-12-21', to: '2027-01-01', note: 'Winter break' },
    ]),
  );
  const CA15 = effectiveProfile(BUILT_IN_PROFILES.CA, { days: 15, counting: 'calendar' });
  const profiles = { federal: STATE_PROFILES.federal, CA: STATE_PROFILES.CA, CA15, TX: STATE_PROFILES.TX };
  it.each<[string, keyof typeof profiles, string, string, boolean, string]>([
    [
      'federal (OpenIEP default 10 days): exactly 10 days before',
      'federal',
      '2026-12-15',
      '2026-12-05',
      true,
      '34 CFR 300.322(a)(1)',
    ],
    ['federal: 9 days before (one day short)', 'federal', '2026-12-15', '2026-12-06', false, '34 CFR 300.322(a)(1)'],
    [
      'CA with no district lead time yet: OpenIEP’s 10 calendar days',
      'CA',
      '2026-12-15',
      '2026-12-05',
      true,
      'Cal. Ed. Code 56341.5(b)',
    ],
    [
      'CA district lead time 15: exactly 15 calendar days before',
      'CA15',
      '2026-12-15',
      '2026-11-30',
      true,
      'Cal. Ed. Code 56341.5(b)',
    ],
    [
      'CA district lead time 15: 14 calendar days before',
      'CA15',
      '2026-12-15',
      '2026-12-01',
      false,
      'Cal. Ed. Code 56341.5(b)',
    ],
    [
      'CA district lead time 15: counts calendar days through Thanksgiving break',
      'CA15',
      '2026-12-08',
      '2026-11-23',
      true,
      'Cal. Ed. Code 56341.5(b)',
    ],
    [
      'TX: exactly 5 school days before, across Thanksgiving break',
      'TX',
      '2026-11-30',
      '2026-11-16',
      true,
      '19 TAC 89.1050(h)',
    ],
    [
      'TX: one school day short, across Thanksgiving break',
      'TX',
      '2026-11-30',
      '2026-11-17',
      false,
      '19 TAC 89.1050(h)',
    ],
    ['TX: sent during the break is too late', 'TX', '2026-11-30', '2026-11-23', false, '19 TAC 89.1050(h)'],
    ['TX: 5 school days before, in an ordinary week', 'TX', '2026-12-08', '2026-12-01', true, '19 TAC 89.1050(h)'],
    ['TX: 4 school days before', 'TX', '2026-12-08', '2026-12-02', false, '19 TAC 89.1050(h)'],
  ])('%s', (_label, profile, meetingDate, sentOn, onTime, law) => {
    const r = noticeLeadTime({ meetingDate, sentOn, profile: profiles[profile], calendar });
    expect(r.onTime).toBe(onTime);
    expect(r.citation).toContain('34 CFR 300.322(a)(1)');
    expect(r.citation).toContain(law);
  });
  it('TX does not count the Thanksgiving break: the latest day is the Monday before it, not the Monday of it', () => {
    expect(
      noticeLeadTime({ meetingDate: '2026-11-30', sentOn: '2026-11-01', profile: STATE_PROFILES.TX, calendar })
        .latestOn,
    ).toBe('2026-11-16');
    expect(
      noticeLeadTime({ meetingDate: '2026-11-30', sentOn: '2026-11-01', profile: STATE_PROFILES.TX }).latestOn,
    ).toBe('2026-11-23'); // weekdays only
  });
});

describe('a notice that is, or can only be, late (300.322(a)(1)): recorded as a finding, never refused', () => {
  const calendar = calendarFromDays(
    classifyDays('2026-08-17', '2027-06-04', [
      { from: '2026-11-23', to: '2026-11-27', note: 'Thanksgiving break' },
      { from: '2026-12-21', to: '2027-01-01', note: 'Winter break' },
    ]),
  );
  const facts = (over: Partial<NoticeTimingFacts>): NoticeTimingFacts => ({
    status: 'scheduled',
    meetingDate: '2026-12-10',
    noticeSentOn: null,
    shorterNoticeAgreedOn: null,
    today: '2026-11-30',
    profile: STATE_PROFILES.federal,
    ...over,
  });
  const codes = (n: NoticeTimingFacts) => noticeTimingFindings(n).map((f) => `${f.rule}:${f.severity}`);

  // The latest day to send the notice is yesterday / today / tomorrow, in calendar days and in school days.
  it.each<[string, Partial<NoticeTimingFacts>, string[]]>([
    [
      'federal (10 days, last day 2026-11-30): the last day was yesterday → flagged',
      { today: '2026-12-01' },
      ['notice.period_passed:warning'],
    ],
    ['federal: the last day is today → it can still go out in time', { today: '2026-11-30' }, []],
    ['federal: the last day is tomorrow', { today: '2026-11-29' }, []],
    [
      'TX (5 school days, across Thanksgiving: last day 2026-11-16): yesterday',
      { profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-11-30', today: '2026-11-17' },
      ['notice.period_passed:warning'],
    ],
    [
      'TX across Thanksgiving: today',
      { profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-11-30', today: '2026-11-16' },
      [],
    ],
    [
      'TX across Thanksgiving: tomorrow',
      { profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-11-30', today: '2026-11-15' },
      [],
    ],
    [
      'TX: a meeting on Monday 2026-12-07 has its last day on Monday 2026-11-30, so Sunday is still in time',
      { profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-12-07', today: '2026-11-29' },
      [],
    ],
    [
      'TX: … and Tuesday 2026-12-01 is not',
      { profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-12-07', today: '2026-12-01' },
      ['notice.period_passed:warning'],
    ],
    [
      'the parent agreed to a shorter notice: no finding',
      { today: '2026-12-05', shorterNoticeAgreedOn: '2026-12-02' },
      [],
    ],
    ['a cancelled meeting: none', { status: 'cancelled', today: '2026-12-05' }, []],
    [
      'a held meeting whose notice was never recorded: not this finding (the meeting is past)',
      { status: 'held', meetingDate: '2026-11-20', today: '2026-11-30' },
      [],
    ],
  ])('not sent — %s', (_label, over, expected) => {
    expect(codes(facts(over))).toEqual(expected);
  });

  it.each<[string, Partial<NoticeTimingFacts>, string[]]>([
    ['sent on the last day: on time', { noticeSentOn: '2026-11-30', today: '2026-12-02' }, []],
    [
      'sent the day after the last day: sent late (an error the record keeps)',
      { noticeSentOn: '2026-12-01', today: '2026-12-02' },
      ['notice.sent_late:error'],
    ],
    [
      'sent late, and the parent agreed to a shorter notice: on time',
      { noticeSentOn: '2026-12-01', shorterNoticeAgreedOn: '2026-12-01', today: '2026-12-02' },
      [],
    ],
    [
      'sent late, the meeting since held: still sent late',
      { status: 'held', noticeSentOn: '2026-12-01', today: '2026-12-11' },
      ['notice.sent_late:error'],
    ],
    [
      'TX: sent during the Thanksgiving break for a meeting on 2026-11-30 is late',
      {
        profile: STATE_PROFILES.TX,
        calendar,
        meetingDate: '2026-11-30',
        noticeSentOn: '2026-11-23',
        today: '2026-11-24',
      },
      ['notice.sent_late:error'],
    ],
    [
      'TX: sent on 2026-11-16 for that meeting is on time',
      {
        profile: STATE_PROFILES.TX,
        calendar,
        meetingDate: '2026-11-30',
        noticeSentOn: '2026-11-16',
        today: '2026-11-24',
      },
      [],
    ],
  ])('sent — %s', (_label, over, expected) => {
    expect(codes(facts(over))).toEqual(expected);
  });

  it('says the days as dates, with the lead time and the citation', () => {
    const [f] = noticeTimingFindings(facts({ noticeSentOn: '2026-12-01', today: '2026-12-02' }));
    expect(f).toMatchObject({ citation: '34 CFR 300.322(a)(1)', path: 'notice.sentOn' });
    expect(f!.message).toContain(
      'went out on December 1, 2026, after November 30, 2026, the last day to send it (10 days before the meeting on December 10, 2026)',
    );
    const [p] = noticeTimingFindings(
      facts({ profile: STATE_PROFILES.TX, calendar, meetingDate: '2026-11-30', today: '2026-11-17' }),
    );
    expect(p!.message).toContain(
      'the last day to send it was November 16, 2026 (5 school days before the meeting on November 30, 2026)',
    );
  });
});

describe('the plan a held meeting produced takes the meeting’s date (300.324(a); the annual review runs from it)', () => {
  it.each<[ProducedPlanFacts['status'], string | null, 'set' | 'keep' | 'differs']>([
    ['draft', null, 'set'],
    ['draft', '2026-12-01', 'set'],
    ['draft', DATE, 'keep'],
    ['proposed', '2026-12-01', 'set'],
    ['proposed', DATE, 'keep'],
    ['active', '2026-09-10', 'differs'],
    ['active', DATE, 'keep'],
    ['superseded', '2026-09-10', 'differs'],
    ['ended', null, 'differs'],
  ])('a %s plan dated %s → %s', (status, meetingDate, action) => {
    expect(producedPlanDate(DATE, { status, meetingDate })).toBe(action);
  });

  it('a held meeting whose plan gives another date has a warning; the same date, a plan not named, or a meeting not held, none', () => {
    const [f] = producedPlanFindings({ status: 'held', date: DATE }, { status: 'active', meetingDate: '2026-09-10' });
    expect(f).toMatchObject({
      rule: 'held.plan_meeting_date',
      severity: 'warning',
      citation: '34 CFR 300.324(a)',
      path: 'planId',
    });
    expect(f!.message).toContain(
      'gives September 10, 2026 as its meeting date, not the day of this meeting (December 8, 2026)',
    );
    expect(producedPlanFindings({ status: 'held', date: DATE }, { status: 'active', meetingDate: DATE })).toEqual([]);
    expect(producedPlanFindings({ status: 'held', date: DATE }, null)).toEqual([]);
    expect(
      producedPlanFindings({ status: 'scheduled', date: DATE }, { status: 'active', meetingDate: '2026-09-10' }),
    ).toEqual([]);
  });
});

describe('the notice contents (300.322(b))', () => {
  const base = {
    purpose: 'annual' as const,
    date: DATE,
    startTime: '15:30',
    location: 'Room 12',
    videoLink: '',
    transitionDiscussed: false,
    participants: [
      { role: 'parent' as const, invited: true, agencyConsentOn: null },
      { role: 'special_education_teacher' as const, invited: true, agencyConsentOn: null },
    ],
  };
  it('a complete notice has no findings', () => expect(noticeFindings(base)).toEqual([]));
  it('needs a place or a video link', () => {
    expect(rules(noticeFindings({ ...base, location: ' ' }))).toEqual(['notice.location']);
    expect(noticeFindings({ ...base, location: '', videoLink: 'https://meet.example.org/x' })).toEqual([]);
  });
  it('needs a time', () => expect(rules(noticeFindings({ ...base, startTime: null }))).toEqual(['notice.time']));
  it('needs who will attend', () =>
    expect(rules(noticeFindings({ ...base, participants: [base.participants[0]!] }))).toEqual(['notice.attendees']));
  it('with transition: the student is invited, agencies only with consent', () => {
    expect(rules(noticeFindings({ ...base, transitionDiscussed: true }))).toEqual(['notice.transition.student']);
    const withStudent = {
      ...base,
      transitionDiscussed: true,
      participants: [...base.participants, { role: 'student' as const, invited: true, agencyConsentOn: null }],
    };
    expect(noticeFindings(withStudent)).toEqual([]);
    expect(
      rules(
        noticeFindings({
          ...withStudent,
          participants: [
            ...withStudent.participants,
            { role: 'agency' as const, invited: true, agencyConsentOn: null },
          ],
        }),
      ),
    ).toEqual(['notice.transition.agency_consent']);
  });
});

describe('the finding codes (MEETING_FINDING_RULES, what the screens label in each language)', () => {
  /** Every rule the checks produce over many teams: each role in every attendance, invitation, excusal and consent state, with and without transition, regular classes and documented contact. */
  function producedRules(): Set<string> {
    const out = new Set<string>();
    const add = (fs: { rule: string }[]) => fs.forEach((f) => out.add(f.rule));
    const days = [null, '2026-12-01', '2026-12-09'];
    const contacts: MeetingFacts['contactAttempts'][] = [
      [],
      [
        { on: '2026-12-01', method: 'phone' },
        { on: '2026-12-02', method: 'letter' },
      ],
    ];
    for (const role of PARTICIPANT_ROLES) {
      const variants: ParticipantFacts[] = [];
      for (const attendance of ATTENDANCE)
        for (const invited of [true, false])
          for (const excusalAgreedOn of days)
            for (const areaDiscussed of [false, true])
              for (const writtenInputOn of days)
                for (const agencyConsentOn of [null, '2026-11-20'])
                  variants.push(
                    member(role, {
                      attendance,
                      invited,
                      excusalAgreedOn,
                      areaDiscussed,
                      writtenInputOn,
                      agencyConsentOn,
                    }),
                  );
      for (const teams of [[...without(role)], fullTeam()])
        for (const p of [undefined, ...variants])
          for (const transitionDiscussed of [false, true])
            for (const studentInRegularClass of [false, true])
              for (const contactAttempts of contacts) {
                const m = meeting({
                  participants: p ? [...teams.filter((x) => x.role !== role), p] : teams,
                  transitionDiscussed,
                  studentInRegularClass,
                  contactAttempts,
                });
                add(planningFindings(m));
                add(heldFindings(m));
              }
    }
    for (const date of [DATE, null])
      for (const startTime of ['15:30', null])
        for (const [location, videoLink] of [
          ['Room 12', ''],
          ['', ''],
          ['', 'https://meet.example.org/x'],
        ] as const)
          for (const transitionDiscussed of [false, true])
            for (const participants of [
              [],
              [{ role: 'parent' as const, invited: true, agencyConsentOn: null }],
              PARTICIPANT_ROLES.map((r) => ({ role: r, invited: true, agencyConsentOn: null })),
            ])
              add(
                noticeFindings({
                  purpose: 'annual',
                  date,
                  startTime,
                  location,
                  videoLink,
                  transitionDiscussed,
                  participants,
                }),
              );
    for (const status of ['scheduled', 'held', 'cancelled'] as const)
      for (const noticeSentOn of [null, '2026-11-20', '2026-12-01'])
        for (const shorterNoticeAgreedOn of [null, '2026-11-30'])
          for (const today of ['2026-11-25', '2026-12-05'])
            add(
              noticeTimingFindings({
                status,
                meetingDate: DATE,
                noticeSentOn,
                shorterNoticeAgreedOn,
                today,
                profile: STATE_PROFILES.federal,
              }),
            );
    for (const status of ['scheduled', 'held', 'cancelled'] as const)
      for (const planStatus of ['draft', 'proposed', 'active', 'superseded', 'ended'] as const)
        for (const meetingDate of [null, DATE, '2026-09-10'])
          add(producedPlanFindings({ status, date: DATE }, { status: planStatus, meetingDate }));
    return out;
  }

  it('lists exactly the rules the checks can produce (none missing, none stale)', () => {
    const produced = producedRules();
    expect([...produced].sort()).toEqual([...MEETING_FINDING_RULES].sort());
    expect(new Set(MEETING_FINDING_RULES).size).toBe(MEETING_FINDING_RULES.length);
  });

  it('names every requirement requiredMembers can return', () => {
    const all = requiredMembers({ transitionDiscussed: true, studentInRegularClass: true }).map((r) => r.requirement);
    expect(all).toEqual([...MEMBER_REQUIREMENTS]);
  });
});

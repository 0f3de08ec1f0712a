/**
 * Every document prints the day it was printed as the district's date (config.today(), passed in as `printedOn`),
 * not the UTC date of the instant it was generated: at 10:30 PM on November 29 in California it is already
 * November 30 in UTC. Read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PWN_ELEMENTS, type PwnElements } from '../../domain/prior-written-notice';
import { renderConsentPdf, type ConsentDocumentStudent } from './consent-document';
import { renderMeetingNotice, type MeetingNoticeInput } from './meeting-notice';
import { renderNoticePdf } from './notice-document';
import { renderPlanPdf } from './plan-document';
import { renderProgressPdf } from './progress-report';
import { samplePlanInput } from './sample-plan';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-pdf-date-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function text(pdf: Buffer): string {
  const file = path.join(dir, `${++n}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** 10:30 PM on November 29 in Los Angeles (PST, UTC−8). */
const generatedAt = new Date('2026-11-30T06:30:00Z');
const printedOn = '2026-11-29';

const student: ConsentDocumentStudent = {
  firstName: 'Ana',
  middleName: null,
  lastName: 'Núñez',
  dateOfBirth: '2016-03-04',
  grade: '05',
  schoolName: 'Lincoln Elementary School',
};

const expected = {
  en: { yes: 'Printed November 29, 2026', no: 'November 30, 2026' },
  es: { yes: 'Impreso el 29 de noviembre de 2026', no: '30 de noviembre de 2026' },
} as const;

describe.each(['en', 'es'] as const)('the printed date (%s)', (lang) => {
  const { yes, no } = expected[lang];

  it('the plan prints the district’s date, not the UTC date of generatedAt', async () => {
    const t = text(await renderPlanPdf({ ...samplePlanInput(lang, 1, generatedAt), printedOn }));
    expect(t).toContain(yes);
    expect(t).not.toContain(no);
  });

  it('and the same instant printed on the 30th says the 30th (the date comes from printedOn)', async () => {
    const t = text(await renderPlanPdf({ ...samplePlanInput(lang, 1, generatedAt), printedOn: '2026-11-30' }));
    expect(t).toContain(no);
    expect(t).not.toContain(yes);
  });

  it('the progress report', async () => {
    const pdf = await renderProgressPdf({
      student: {
        firstName: 'Ana',
        lastName: 'Núñez',
        dateOfBirth: '2016-03-04',
        schoolName: 'Lincoln Elementary School',
        grade: '05',
      },
      plan: { startDate: '2026-09-14', endDate: '2027-09-09', version: 3 },
      report: {
        periodLabel: 'Fall 2026',
        status: 'issued',
        issuedOn: '2026-11-20',
        entries: [{ goalId: 'g1', rating: null, note: 'Reads 72 words a minute.' }],
      },
      goals: [{ id: 'g1', area: 'Reading', text: 'Read 90 words correct per minute.', measurement: 'Weekly probes.' }],
      lang,
      generatedAt,
      printedOn,
    });
    const t = text(pdf);
    expect(t).toContain(yes);
    expect(t).not.toContain(no);
  });

  it('the consent form', async () => {
    const pdf = await renderConsentPdf({
      consent: {
        type: 'evaluation',
        status: 'requested',
        description: 'An initial evaluation in reading and speech.',
        recordsToRelease: null,
        releaseTo: null,
        requestedOn: '2026-11-02',
        requestedByName: 'Casey Morgan',
        answeredOn: null,
        answerMethod: null,
        signerName: null,
        recordedByName: null,
        revokedOn: null,
        revocationMethod: null,
        revocationSignerName: null,
        revocationRecordedByName: null,
        revocationNote: null,
        version: 1,
      },
      student,
      lang,
      generatedAt,
      printedOn,
    });
    const t = text(pdf);
    expect(t).toContain(yes);
    expect(t).not.toContain(no);
  });

  it('the prior written notice', async () => {
    const elements = Object.fromEntries(PWN_ELEMENTS.map((e) => [e.key, `About ${e.key}.`])) as PwnElements;
    const pdf = await renderNoticePdf({
      notice: {
        action: 'proposes',
        subject: 'initial_evaluation',
        elements,
        status: 'draft',
        issuedOn: null,
        issuedByName: null,
        version: 2,
      },
      student,
      lang,
      generatedAt,
      printedOn,
    });
    const t = text(pdf);
    expect(t).toContain(yes);
    expect(t).not.toContain(no);
  });

  it('the meeting notice not yet sent, when given the district’s date', async () => {
    const input: MeetingNoticeInput = {
      lang,
      generatedAt,
      printedOn,
      student: { firstName: 'Ana', lastName: 'Núñez', grade: '05', schoolName: 'Lincoln Elementary School' },
      meeting: {
        purpose: 'annual',
        purposeNote: '',
        date: '2026-12-10',
        startTime: '15:30',
        durationMinutes: 60,
        location: 'Room 12',
        videoLink: '',
        transitionDiscussed: false,
        status: 'scheduled',
        noticeSentOn: null,
      },
      participants: [{ role: 'parent', name: 'María Núñez', title: '' }],
      contact: ['Casey Morgan'],
    };
    const t = text(await renderMeetingNotice(input));
    expect(t).toContain(yes);
    expect(t).not.toContain(no);
  });
});

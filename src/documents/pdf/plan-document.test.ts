/**
 * The PDF renderer on its own (no database): 504 plans, section filtering, empty and very long content,
 * metadata escaping and glyph coverage. Reads the PDFs back with poppler (pdftotext, pdfinfo) and qpdf.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { empty504Content, emptyIepContent, type Section504Content } from '../../domain/plan';
import { PLAN_504_SECTIONS } from '../../policy/plan';
import { renderPlanDocument, type RenderPlanInput } from './plan-document';
import { sampleIep, samplePlanInput } from './sample-plan';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openiep-pdf-unit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function render(input: RenderPlanInput) {
  const r = await renderPlanDocument(input);
  const file = path.join(dir, `${++n}.pdf`);
  fs.writeFileSync(file, r.pdf);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
  return {
    ...r,
    text: run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' '),
    info: run('pdfinfo', [file]),
    meta: run('pdfinfo', ['-meta', file]),
    struct: run('pdfinfo', ['-struct', file]),
    check: () => run('qpdf', ['--check', file]),
  };
}

function plan504(lang: 'en' | 'es', content: Partial<Section504Content>): RenderPlanInput {
  const base = samplePlanInput(lang);
  return {
    ...base,
    plan: {
      ...base.plan,
      type: '504',
      status: 'active',
      sections: PLAN_504_SECTIONS,
      content: { ...empty504Content(), ...content },
    },
  };
}

describe('renderPlanPdf', () => {
  it('prints a 504 plan: impairment, major life activities as a list, accommodations with who is responsible', async () => {
    const content: Partial<Section504Content> = {
      impairment: 'Type 1 diabetes, diagnosed 2022.',
      majorLifeActivities: ['Eating', 'Concentrating'],
      accommodations: [
        {
          id: 'a1',
          kind: 'both',
          description: 'Snacks and water at any time',
          settings: 'All classes',
          responsibleStaff: 'Classroom teachers; school nurse',
        },
      ],
      reviewDate: '2027-05-01',
    };
    const en = await render(plan504('en', content));
    for (const s of [
      'Section 504 Plan',
      'Physical or mental impairment',
      'Type 1 diabetes, diagnosed 2022.',
      'Major life activities it substantially limits',
      'Eating',
      'Concentrating',
      'Responsible',
      'Classroom teachers; school nurse',
      'Review date',
      'May 1, 2027',
    ]) {
      expect(en.text, s).toContain(s);
    }
    expect(en.text).not.toContain('Draft');
    expect(en.text).not.toContain('Measurable annual goals');
    expect(en.struct).toMatch(/\bL\b[\s\S]*\bLI\b[\s\S]*\bLBody\b/);
    const es = await render(plan504('es', content));
    for (const s of [
      'Plan de la Sección 504',
      'Impedimento físico o mental',
      'Adaptaciones',
      'Responsable',
      '1 de mayo de 2027',
      'Página 1 de',
    ])
      expect(es.text, s).toContain(s);
    es.check();
  });

  it('prints only the sections it is given', async () => {
    const base = samplePlanInput('en');
    const r = await render({ ...base, plan: { ...base.plan, sections: ['goals', 'accommodations'] } });
    expect(r.text).toContain('Measurable annual goals');
    expect(r.text).toContain('Accommodations');
    for (const hidden of [
      'Present levels',
      'Plan dates',
      'Special education, related services',
      'Placement and least restrictive environment',
      'Extended school year',
      'Meeting date',
    ]) {
      expect(r.text, hidden).not.toContain(hidden);
    }
  });

  it('prints an empty draft with "Not recorded" and "None listed." rather than blanks', async () => {
    const base = samplePlanInput('es');
    const r = await render({
      ...base,
      plan: {
        ...base.plan,
        dates: { meetingDate: null, startDate: null, endDate: null, nextAnnualReview: null },
        content: emptyIepContent() as unknown as Record<string, unknown>,
      },
      student: { ...base.student, dateOfBirth: null, grade: null, caseManagers: [] },
    });
    expect(r.text).toContain('Sin registrar');
    expect(r.text).toContain('No se indica ninguno.');
    expect(r.text).toContain('Fechas del plan sin fijar');
    expect(r.text).toContain('Borrador: no está en vigor.');
    expect(r.text).toContain('Sin determinar: faltan los minutos');
    // Content with whole sections missing (an older or partial record) still prints.
    const bare = await render({ ...base, plan: { ...base.plan, content: {} } });
    expect(bare.text).toContain('Niveles actuales');
  });

  it('never cuts long answers: 20,000 characters of present levels and a 5,000-character table cell are printed whole', async () => {
    const base = samplePlanInput('en');
    const content = sampleIep();
    const words = Array.from({ length: 2200 }, (_, i) => `w${i}`).join(' '); // ~15,000 characters, one paragraph
    content.presentLevels.academic = `${words} END-OF-ACADEMIC`;
    const reason = Array.from({ length: 700 }, (_, i) => `r${i}`).join(' ');
    content.assessments = [
      {
        id: 'x',
        assessment: 'State alternate assessment',
        participation: 'alternate',
        alternateReason: `${reason} END-OF-REASON`,
      },
    ];
    content.goals[0]!.text = `${'Given a passage, the student will read. '.repeat(45)}END-OF-GOAL`;
    const r = await render({ ...base, plan: { ...base.plan, content: content as unknown as Record<string, unknown> } });
    // The running header and footer interleave with text that crosses pages: compare the words in order.
    const inOrder = (re: RegExp) => (r.text.match(re) ?? []).join(' ');
    expect(
      inOrder(/\bw\d+\b|END-OF-ACADEMIC/g) === `${words} END-OF-ACADEMIC`,
      'every word of the present levels, in order',
    ).toBe(true);
    expect(
      inOrder(/\br\d+\b|END-OF-REASON/g) === `${reason} END-OF-REASON`,
      'every word of the alternate-assessment reason, in order',
    ).toBe(true);
    expect(r.text).toContain('END-OF-GOAL');
    expect(r.text).toContain('Why the alternate assessment is appropriate: r0 r1 r2');
    expect(r.pages).toBeGreaterThan(12);
  });

  it('prints what the team typed as typed, Spanish punctuation and typographic quotes included', async () => {
    const base = samplePlanInput('es');
    const typed = '¿Qué opina la familia? ¡Mucho! “Comillas” y «angulares», ñandú, pingüino, acción — 50 % – 2026…';
    const content = sampleIep();
    content.presentLevels.parentConcerns = typed;
    const r = await render({ ...base, plan: { ...base.plan, content: content as unknown as Record<string, unknown> } });
    expect(r.text).toContain(typed);
  });

  it('sets the title, the language and the creation date; escapes the title in the XMP metadata', async () => {
    const base = samplePlanInput('en');
    const r = await render({ ...base, student: { ...base.student, firstName: 'Zoë <Zo> & Co', lastName: 'O’Brien' } });
    expect(r.info).toMatch(/^Title:\s+Individualized Education Program \(IEP\): Zoë <Zo> & Co O’Brien$/m);
    expect(r.info).toMatch(/^Tagged:\s+yes$/m);
    expect(r.info).toMatch(/^CreationDate:\s+Tue Sep 15 15:00:00 2026 UTC$/m);
    expect(r.meta).toContain('Zoë &lt;Zo&gt; &amp; Co O’Brien');
    expect(r.pdf.includes('/Lang (en)')).toBe(true);
    expect(r.pdf.includes('/DisplayDocTitle true')).toBe(true);
    r.check();
  });

  it('marks the running header and footer as pagination artifacts, not content', async () => {
    const r = await render(samplePlanInput('en'));
    expect(r.text).toContain('Page 1 of');
    expect(r.struct).not.toContain('Page 1 of');
    expect(r.struct).toContain('H1');
    expect(r.struct).toContain('Sect');
  });
});

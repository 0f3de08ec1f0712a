/**
 * A small layout engine over PDFKit for tagged, real-text documents (PDF 1.7, /Lang, /Title shown as the
 * window title, embedded DejaVu Sans). Every piece of content is inside a structure element (Document →
 * Sect → H1/H2/H3, P, Table → TR → TH/TD, L → LI → Lbl/LBody); rules, fills and the running header and
 * footer are marked as artifacts, so a screen reader reads the plan once, in order.
 *
 * Nothing a document contains is ever used as a URL, a file path or an image: typed text only ever
 * reaches `doc.text()`, never `doc.image()`, `doc.font()`, links or attachments. PDFKit itself fetches
 * nothing from the network, so there is no URL access to switch off (pdfmake's URL and local-file access
 * policies exist because its document definitions can name images and fonts by URL or path; ours cannot).
 *
 * Long file: one class, the tagged-PDF writer; every method draws on the same page, cursor and structure tree, which splitting would have to expose.
 */
import PDFDocument from 'pdfkit';
import { documentFonts, FONT, type FontName } from './fonts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** PDFKit accepts `scope` (a Table attribute) on TH elements; its type definitions do not list it. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' | 'Both' };

/** US Letter, in points. The top and bottom margins leave room for the running header and footer. */
const PAGE = { width: 612, height: 792 } as const;
const MARGIN = { top: 84, bottom: 66, left: 60, right: 60 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const COLOR = {
  text: '#1f2933',
  heading: '#16324f',
  muted: '#52606d',
  faint: '#7b8794',
  rule: '#c9d3dd',
  ruleStrong: '#8aa1b8',
  headerFill: '#eef2f6',
  noticeFill: '#fdf7e7',
  noticeBorder: '#e0c36f',
} as const;
const SIZE = { body: 9.5, table: 8.8, label: 8.5, h1: 17, h2: 12.5, h3: 10.2, frame: 7.8 } as const;
const LINE_GAP = 2;

export interface WriterOptions {
  /** BCP 47 language of the document (/Lang), e.g. "en" or "es". */
  lang: string;
  title: string;
  subject: string;
  creationDate: Date;
}

export interface PageFrame {
  /** Top left, e.g. the kind of document. */
  topLeft: string;
  /** Top right, in bold: the student's name. */
  topRight: string;
  /** Second header line: the plan dates. */
  subLeft: string;
  /** Bottom left, e.g. when it was printed. */
  bottomLeft: string;
  /** Bottom right: "Page N of M". */
  pageLabel(page: number, pages: number): string;
}

export interface Column {
  header: string;
  /** Share of the content width (the shares of a table add up to 1). */
  share: number;
}

/** A table column laid out: its header, left edge and width (padding not taken off). */
interface TableColumn {
  header: string;
  x: number;
  width: number;
}

/** Typed text as PDFKit should draw it: newlines normalised, tabs as spaces, other control characters dropped. */
export function clean(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: PDFKit cannot draw them
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .trimEnd()
  );
}

/** Escapes text for the XMP packet (PDFKit writes Title, Author and Subject into XML unescaped). */
function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class DocWriter {
  readonly doc: Doc;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly parents: Struct[];
  private pages = 0;

  constructor(opts: WriterOptions) {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { ...MARGIN },
      bufferPages: true,
      tagged: true,
      lang: opts.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      // No default font: PDFKit would otherwise set up Helvetica, a font that cannot be embedded.
      font: '',
      info: {
        Title: opts.title,
        Subject: opts.subject,
        Creator: 'OpenIEP',
        Producer: 'OpenIEP (PDFKit)',
        CreationDate: opts.creationDate,
      },
    });
    this.doc = doc;
    this.done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (c: Buffer) => this.chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      doc.on('error', reject);
    });
    // PDFKit accepts a parsed fontkit font where its types say file data (PDFFontFactory.open checks for `layout`).
    for (const [name, font] of documentFonts()) doc.registerFont(name, font as unknown as Uint8Array);
    escapeXmpInfo(doc);
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.parents = [root];
    this.use(FONT.regular, SIZE.body, COLOR.text);
  }

  // ---- the page -------------------------------------------------------------------------------------

  private get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private atPageTop(): boolean {
    return this.doc.y <= MARGIN.top + 0.5;
  }

  /** Starts a new page unless `height` points fit below the current position (or the page is still empty). */
  ensure(height: number): void {
    if (this.doc.y + height > this.maxY && !this.atPageTop()) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  space(points: number): void {
    if (!this.atPageTop()) this.doc.y = Math.min(this.doc.y + points, this.maxY);
  }

  // ---- structure ------------------------------------------------------------------------------------

  private get parent(): Struct {
    const parent = this.parents.at(-1);
    if (!parent) throw new Error('no open structure element (the document root is always open)');
    return parent;
  }

  /** A structure element under the current one; `draw` paints its content (marked as that element's). */
  private leaf(type: string, draw: () => void, options: StructOptions = {}): void {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    el.add(draw);
    el.end();
  }

  /** A structure element that groups what `fill` adds. */
  private group(type: string, fill: () => void, options: StructOptions = {}): void {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    this.parents.push(el);
    try {
      fill();
    } finally {
      this.parents.pop();
      el.end();
    }
  }

  /** Decoration that is not content (rules, fills): an artifact, skipped by assistive technology. */
  private artifact(draw: () => void, options?: PDFKit.Mixins.MarkingOptions): void {
    this.doc.markContent('Artifact', options);
    draw();
    this.doc.endMarkedContent();
  }

  private use(font: FontName, size: number, color: string): void {
    this.doc.font(font).fontSize(size).fillColor(color);
  }

  private heightOf(text: string, font: FontName, size: number, width: number): number {
    this.doc.font(font).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  private lineHeight(font: FontName, size: number): number {
    this.doc.font(font).fontSize(size);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  private hRule(
    y: number,
    color: string = COLOR.rule,
    width = 0.6,
    x0: number = MARGIN.left,
    x1: number = MARGIN.left + CONTENT_WIDTH,
  ): void {
    this.artifact(() => {
      this.doc.save().lineWidth(width).strokeColor(color).moveTo(x0, y).lineTo(x1, y).stroke().restore();
    });
  }

  // ---- blocks ---------------------------------------------------------------------------------------

  /** A titled part of the document (a Sect with an H2 and a bookmark). */
  section(title: string, fill: () => void, opts: { keepLines?: number } = {}): void {
    this.group('Sect', () => {
      this.h2(title, opts.keepLines);
      fill();
    });
  }

  /** A titled part within a section (a Sect with an H3), e.g. one goal. */
  subsection(title: string, fill: () => void, opts: { keepLines?: number } = {}): void {
    this.group('Sect', () => {
      this.h3(title, opts.keepLines);
      fill();
    });
  }

  h1(text: string): void {
    this.ensure(60);
    this.leaf('H1', () => {
      this.use(FONT.bold, SIZE.h1, COLOR.heading);
      this.doc.text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    });
    this.doc.y += 6;
  }

  /** A section heading, kept on the page with `keepLines` lines of what follows (more when a sub-heading and a table follow). */
  h2(text: string, keepLines = 6): void {
    const h = this.heightOf(text, FONT.bold, SIZE.h2, CONTENT_WIDTH);
    this.ensure(18 + h + 8 + keepLines * this.lineHeight(FONT.regular, SIZE.body));
    this.space(18);
    this.doc.outline.addItem(text);
    this.leaf('H2', () => {
      this.use(FONT.bold, SIZE.h2, COLOR.heading);
      this.doc.text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    });
    this.doc.y += 2;
    this.hRule(this.doc.y, COLOR.ruleStrong, 0.9);
    this.doc.y += 8;
  }

  /** A sub-heading, kept on the page with `keepLines` lines of what follows (6 for a table's header and first row). */
  h3(text: string, keepLines = 3): void {
    const h = this.heightOf(text, FONT.bold, SIZE.h3, CONTENT_WIDTH);
    this.ensure(8 + h + keepLines * this.lineHeight(FONT.regular, SIZE.body));
    this.space(8);
    this.leaf('H3', () => {
      this.use(FONT.bold, SIZE.h3, COLOR.heading);
      this.doc.text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    });
    this.doc.y += 3;
  }

  /** A minor heading, e.g. above a list. */
  h4(text: string): void {
    this.ensure(4 + 3 * this.lineHeight(FONT.regular, SIZE.body));
    this.doc.y += 4;
    this.leaf('H4', () => {
      this.use(FONT.bold, SIZE.label, COLOR.muted);
      this.doc.text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    });
    this.doc.y += 3;
  }

  /** A paragraph of typed text (newlines kept), or `empty` in muted italics when there is none. */
  paragraph(text: string | null | undefined, empty: string, opts: { indent?: number } = {}): void {
    const value = text ? clean(text) : '';
    const indent = opts.indent ?? 0;
    this.ensure(2 * this.lineHeight(FONT.regular, SIZE.body));
    this.leaf('P', () => {
      if (value) this.use(FONT.regular, SIZE.body, COLOR.text);
      else this.use(FONT.italic, SIZE.body, COLOR.muted);
      this.doc.text(value || empty, MARGIN.left + indent, this.doc.y, {
        width: CONTENT_WIDTH - indent,
        lineGap: LINE_GAP,
        paragraphGap: 4,
      });
    });
    this.doc.y += 4;
  }

  /** A sub-heading and the typed text under it (present levels and other long answers). */
  labeledText(label: string, text: string | null | undefined, empty: string): void {
    this.h3(label);
    this.paragraph(text, empty);
  }

  /**
   * Label and value pairs in two columns, tagged as a table with row headers. A long value flows onto the
   * next page; the label stays with the first lines of its value.
   */
  keyValues(
    rows: readonly { label: string; value: string | null | undefined }[],
    empty: string,
    opts: { labelWidth?: number } = {},
  ): void {
    const labelW = opts.labelWidth ?? 165;
    const gap = 14;
    const valueX = MARGIN.left + labelW + gap;
    const valueW = CONTENT_WIDTH - labelW - gap;
    const padY = 4;
    this.group('Table', () => {
      for (const row of rows) {
        const value = row.value ? clean(row.value) : '';
        const labelH = this.heightOf(row.label, FONT.bold, SIZE.label, labelW);
        // Only the first lines matter here (to keep the label with them): measure a prefix, not a long answer.
        const valueH = this.heightOf(
          (value || empty).slice(0, 600),
          value ? FONT.regular : FONT.italic,
          SIZE.body,
          valueW,
        );
        this.ensure(2 * padY + Math.max(labelH, Math.min(valueH, 3 * this.lineHeight(FONT.regular, SIZE.body))));
        const y0 = this.doc.y + padY;
        const page = this.doc.page;
        let labelEnd = y0;
        this.group('TR', () => {
          this.leaf(
            'TH',
            () => {
              this.use(FONT.bold, SIZE.label, COLOR.muted);
              this.doc.text(row.label, MARGIN.left, y0 + 0.8, { width: labelW, lineGap: LINE_GAP });
              labelEnd = this.doc.y;
            },
            { scope: 'Row' },
          );
          this.leaf('TD', () => {
            if (value) this.use(FONT.regular, SIZE.body, COLOR.text);
            else this.use(FONT.italic, SIZE.body, COLOR.muted);
            this.doc.text(value || empty, valueX, y0, { width: valueW, lineGap: LINE_GAP, paragraphGap: 3 });
          });
        });
        this.doc.y = (this.doc.page === page ? Math.max(labelEnd, this.doc.y) : this.doc.y) + padY;
        this.hRule(this.doc.y, COLOR.rule, 0.5);
      }
    });
    this.doc.x = MARGIN.left;
    this.doc.y += 6;
  }

  /**
   * A table with column headers, repeated (as an artifact) on each page it continues onto. A row too tall
   * for a page is laid out as "Header: value" lines across the full width instead, so nothing is cut.
   */
  table(columns: readonly Column[], rows: readonly (readonly (string | null | undefined)[])[], empty: string): void {
    const widths = columns.map((c) => c.share * CONTENT_WIDTH);
    const layout: TableColumn[] = columns.map((c, i) => ({
      header: c.header,
      x: MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0),
      width: c.share * CONTENT_WIDTH,
    }));
    const padX = 5;
    const padY = 4;
    const headerH =
      Math.max(...layout.map((col) => this.heightOf(col.header, FONT.bold, SIZE.label, col.width - 2 * padX))) +
      2 * padY;
    const usable = PAGE.height - MARGIN.top - MARGIN.bottom - headerH;

    let headerPage: PDFKit.PDFPage | null = null;
    const drawHeader = (tagged: boolean) => {
      headerPage = this.doc.page;
      const y = this.doc.y;
      this.artifact(() => {
        this.doc.save().rect(MARGIN.left, y, CONTENT_WIDTH, headerH).fill(COLOR.headerFill).restore();
      });
      this.hRule(y + headerH, COLOR.ruleStrong, 0.7);
      const paint = (col: TableColumn) => {
        this.use(FONT.bold, SIZE.label, COLOR.heading);
        this.doc.text(col.header, col.x + padX, y + padY, { width: col.width - 2 * padX, lineGap: LINE_GAP });
      };
      if (tagged)
        this.group('TR', () => layout.forEach((col) => this.leaf('TH', () => paint(col), { scope: 'Column' })));
      else
        this.artifact(() => {
          layout.forEach(paint);
        });
      this.doc.y = y + headerH;
    };

    const measured = rows.map((row) => {
      const cells = layout.map((col, i) => ({ col, text: clean(row[i] ?? '') }));
      const height =
        Math.max(
          ...cells.map(({ col, text: c }) => this.heightOf(c || '—', FONT.regular, SIZE.table, col.width - 2 * padX)),
        ) +
        2 * padY;
      return { cells, height };
    });
    this.group('Table', () => {
      // The header goes with the first row (or with a few lines, when that row is laid out stacked).
      const firstH =
        measured[0] && measured[0].height <= usable
          ? measured[0].height
          : 3 * this.lineHeight(FONT.regular, SIZE.table);
      this.ensure(headerH + firstH);
      drawHeader(true);
      for (const { cells, height: rowH } of measured) {
        if (rowH > usable) {
          this.stackedRow(cells, empty);
          continue;
        }
        if (this.doc.y + rowH > this.maxY) {
          this.newPage();
          drawHeader(false);
        } else if (this.doc.page !== headerPage) {
          drawHeader(false); // a stacked row before this one ran onto this page
        }
        const y = this.doc.y;
        this.group('TR', () =>
          cells.forEach(({ col, text: c }) =>
            this.leaf('TD', () => {
              if (c) this.use(FONT.regular, SIZE.table, COLOR.text);
              else this.use(FONT.regular, SIZE.table, COLOR.faint);
              this.doc.text(c || '—', col.x + padX, y + padY, { width: col.width - 2 * padX, lineGap: LINE_GAP });
            }),
          ),
        );
        this.doc.y = y + rowH;
        this.hRule(this.doc.y, COLOR.rule, 0.5);
      }
    });
    this.doc.x = MARGIN.left;
    this.doc.y += 8;
  }

  /** One table row as "Header: value" paragraphs across the full width (for a row taller than a page). */
  private stackedRow(cells: readonly { col: TableColumn; text: string }[], empty: string): void {
    this.ensure(3 * this.lineHeight(FONT.regular, SIZE.table));
    this.doc.y += 4;
    this.group('TR', () =>
      cells.forEach(({ col, text: c }) =>
        this.leaf('TD', () => {
          this.use(FONT.bold, SIZE.label, COLOR.muted);
          this.doc.text(`${col.header}: `, MARGIN.left + 5, this.doc.y, {
            width: CONTENT_WIDTH - 10,
            lineGap: LINE_GAP,
            continued: true,
          });
          if (c) this.use(FONT.regular, SIZE.table, COLOR.text);
          else this.use(FONT.italic, SIZE.table, COLOR.muted);
          this.doc.text(c || empty, { lineGap: LINE_GAP, paragraphGap: 3 });
        }),
      ),
    );
    this.doc.y += 2;
    this.hRule(this.doc.y, COLOR.rule, 0.5);
  }

  /** A list (numbered or bulleted) of typed items. */
  list(items: readonly string[], opts: { ordered: boolean; indent?: number }): void {
    const indent = opts.indent ?? 0;
    const labelW = 22;
    const x = MARGIN.left + indent;
    this.group('L', () =>
      items.forEach((item, n) => {
        const text = clean(item);
        this.ensure(2 * this.lineHeight(FONT.regular, SIZE.body));
        const y = this.doc.y;
        this.group('LI', () => {
          this.leaf('Lbl', () => {
            this.use(FONT.bold, SIZE.body, COLOR.muted);
            this.doc.text(opts.ordered ? `${n + 1}.` : '•', x, y, { width: labelW, lineGap: LINE_GAP });
          });
          this.leaf('LBody', () => {
            this.use(FONT.regular, SIZE.body, COLOR.text);
            this.doc.text(text || '—', x + labelW, y, {
              width: CONTENT_WIDTH - indent - labelW,
              lineGap: LINE_GAP,
              paragraphGap: 2,
            });
          });
        });
        this.doc.y += 3;
      }),
    );
    this.doc.x = MARGIN.left;
    this.doc.y += 3;
  }

  /** A boxed note (a draft, an amendment). */
  notice(text: string): void {
    const pad = 7;
    const h = this.heightOf(text, FONT.bold, SIZE.body, CONTENT_WIDTH - 2 * pad) + 2 * pad;
    this.ensure(h + 8);
    const y = this.doc.y;
    this.artifact(() => {
      this.doc
        .save()
        .lineWidth(0.8)
        .roundedRect(MARGIN.left, y, CONTENT_WIDTH, h, 3)
        .fillAndStroke(COLOR.noticeFill, COLOR.noticeBorder)
        .restore();
    });
    this.leaf('P', () => {
      this.use(FONT.bold, SIZE.body, COLOR.text);
      this.doc.text(text, MARGIN.left + pad, y + pad, { width: CONTENT_WIDTH - 2 * pad, lineGap: LINE_GAP });
    });
    this.doc.x = MARGIN.left;
    this.doc.y = y + h + 8;
  }

  // ---- the end --------------------------------------------------------------------------------------

  /** Paints the running header and footer on every page (as pagination artifacts) and closes the file. */
  finish(frame: PageFrame): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const pages = range.count;
    this.pages = pages;
    const right = MARGIN.left + CONTENT_WIDTH;
    for (let i = 0; i < pages; i++) {
      doc.switchToPage(range.start + i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // text in the margin must not start a new page
      this.artifact(
        () => {
          const name = frame.topRight;
          this.use(FONT.bold, SIZE.frame + 1.2, COLOR.heading);
          const nameW = Math.min(doc.widthOfString(name), CONTENT_WIDTH * 0.45);
          doc.text(name, right - nameW, 34, { width: nameW, align: 'right', lineBreak: false, ellipsis: true });
          this.use(FONT.regular, SIZE.frame, COLOR.muted);
          doc.text(frame.topLeft, MARGIN.left, 35, {
            width: CONTENT_WIDTH - nameW - 12,
            lineBreak: false,
            ellipsis: true,
          });
          if (frame.subLeft)
            doc.text(frame.subLeft, MARGIN.left, 48, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true });
          doc
            .save()
            .lineWidth(0.6)
            .strokeColor(COLOR.rule)
            .moveTo(MARGIN.left, 62)
            .lineTo(right, 62)
            .stroke()
            .restore();
        },
        { type: 'Pagination', attached: ['Top'] },
      );
      this.artifact(
        () => {
          const y = PAGE.height - 44;
          doc
            .save()
            .lineWidth(0.6)
            .strokeColor(COLOR.rule)
            .moveTo(MARGIN.left, y - 8)
            .lineTo(right, y - 8)
            .stroke()
            .restore();
          this.use(FONT.regular, SIZE.frame, COLOR.muted);
          const label = frame.pageLabel(i + 1, pages);
          const labelW = doc.widthOfString(label);
          doc.text(label, right - labelW, y, { width: labelW, align: 'right', lineBreak: false });
          doc.text(frame.bottomLeft, MARGIN.left, y, {
            width: CONTENT_WIDTH - labelW - 12,
            lineBreak: false,
            ellipsis: true,
          });
        },
        { type: 'Pagination', attached: ['Bottom'] },
      );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }

  /** The number of pages (known once `finish` has been called). */
  get pageCount(): number {
    return this.pages;
  }
}

/** PDFKit copies Title, Subject and Author into the XMP packet without escaping them; escape them there only. */
function escapeXmpInfo(doc: Doc): void {
  const d = doc as unknown as { _addInfo: () => void; info: PDFKit.DocumentInfo };
  const original = d._addInfo.bind(doc);
  d._addInfo = () => {
    const saved = { ...d.info };
    for (const k of ['Title', 'Subject', 'Author', 'Keywords'] as const) {
      const v = d.info[k];
      if (typeof v === 'string') d.info[k] = xmlEscape(v);
    }
    try {
      original();
    } finally {
      d.info = saved;
    }
  };
}

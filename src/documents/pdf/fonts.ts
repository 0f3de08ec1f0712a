/**
 * The fonts documents embed: DejaVu Sans (npm package `dejavu-fonts-ttf`; Bitstream Vera licence, free to
 * embed and redistribute). It covers Latin, Latin-1 and Latin Extended (Spanish accents, ñ, ¿, ¡), typographic
 * quotes and dashes, Greek and Cyrillic. The files are read and parsed once per process, from the installed
 * package and only by these fixed names: nothing a document contains chooses a file to read. Each document
 * embeds a subset of the glyphs it uses.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

let parsed: ReadonlyMap<FontName, fontkit.Font> | null = null;

/**
 * The parsed fonts, shared by every document: parsing DejaVu's tables is most of the cost of a small
 * document, and fontkit only caches read-only data on the font (each document makes its own subset).
 */
export function documentFonts(): ReadonlyMap<FontName, fontkit.Font> {
  if (parsed) return parsed;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  parsed = new Map(
    Object.values(FONT).map((name) => [name, fontkit.create(fs.readFileSync(path.join(dir, `${name}.ttf`)))] as const),
  );
  return parsed;
}

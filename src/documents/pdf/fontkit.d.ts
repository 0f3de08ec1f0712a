/** The part of fontkit (PDFKit's font engine) that src/documents/pdf uses: parse a font file once, share it. */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

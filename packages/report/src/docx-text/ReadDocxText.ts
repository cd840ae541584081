/**
 * Plain text of a .docx, for the checker and the extractor: one line per paragraph of
 * word/document.xml (table cells' paragraphs included, in reading order), the text of every run,
 * tabs as "\t" and line or page breaks as "\n". Deleted revisions and field codes are left out, so
 * the text is what the reader sees. The only I/O-like step of the report package: unzipping.
 */

import { Data, Effect } from "effect";
import JSZip from "jszip";

/** The bytes are not a Word document (not a zip, or no word/document.xml). */
export class DocxUnreadable extends Data.TaggedError("DocxUnreadable")<{ readonly reason: "not-zip" | "no-document" }> {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });

// Elements whose text is not shown: deleted revisions and field instructions.
const HIDDEN = new Set(["w:delText", "w:instrText"]);

/** Converts word/document.xml to text, a paragraph per line. Linear scan; no DOM needed. */
export const documentXmlToText = (xml: string): string => {
  const lines: Array<string> = [];
  let line = "";
  let runDepth = 0;
  let inText = false;
  let hidden = 0;
  let paragraphDepth = 0;
  const tag = /<(\/?)([\w:]+)[^>]*?(\/?)>|([^<]+)/gu;
  for (const m of xml.matchAll(tag)) {
    const chars = m[4];
    if (chars !== undefined) {
      if (inText && hidden === 0) line += decode(chars);
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2] ?? "";
    const selfClosing = m[3] === "/";
    if (HIDDEN.has(name)) {
      if (!selfClosing) hidden += closing ? -1 : 1;
      continue;
    }
    switch (name) {
      case "w:p":
        if (closing) {
          paragraphDepth--;
          lines.push(line);
          line = "";
        } else if (selfClosing) {
          lines.push(line);
          line = "";
        } else {
          // A paragraph inside another (a text box) ends the outer line first.
          if (paragraphDepth > 0 && line !== "") {
            lines.push(line);
            line = "";
          }
          paragraphDepth++;
        }
        break;
      case "w:r":
        if (!selfClosing) runDepth += closing ? -1 : 1;
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:tab":
        // <w:tab/> in a run is a tab character; in <w:tabs> it defines a tab stop.
        if (runDepth > 0 && !closing) line += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (runDepth > 0 && !closing) line += "\n";
        break;
      case "w:noBreakHyphen":
        if (runDepth > 0) line += "-";
        break;
      default:
        break;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n").normalize("NFC");
};

/** Reads the text of a .docx; fails with DocxUnreadable when the bytes are not a Word document. */
export const readDocxText = async (bytes: Uint8Array): Promise<string> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxUnreadable({ reason: "not-zip" });
  }
  const file = zip.file("word/document.xml");
  if (file === null) throw new DocxUnreadable({ reason: "no-document" });
  return documentXmlToText(await file.async("string"));
};

/** readDocxText as an Effect, for callers that compose effects (the API's upload handler). */
export const readDocxTextEffect = (bytes: Uint8Array): Effect.Effect<string, DocxUnreadable> =>
  Effect.tryPromise({
    try: () => readDocxText(bytes),
    catch: (e) => (e instanceof DocxUnreadable ? e : new DocxUnreadable({ reason: "not-zip" })),
  });

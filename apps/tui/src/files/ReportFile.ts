/**
 * Reads a report file as text for checking and extraction: .txt and .md as strict UTF-8, .docx
 * through its paragraphs. Anything else is refused with a message naming the accepted kinds.
 */
import { extname } from "node:path";
import { readDocxText } from "@cchc/report/docx-text/ReadDocxText";
import { FileInvalid } from "../cli/Failure.js";
import { decodeUtf8, readBytes } from "./TextFile.js";

/** The extensions a report file may have. */
export const REPORT_EXTENSIONS = [".txt", ".md", ".docx"] as const;

/** Reads a report file's text (NFC). */
export const readReportText = async (file: string): Promise<string> => {
  const ext = extname(file).toLowerCase();
  if (!(REPORT_EXTENSIONS as ReadonlyArray<string>).includes(ext))
    throw new FileInvalid(file, [{ line: null, column: null, message: `chỉ nhận tệp ${REPORT_EXTENSIONS.join(", ")}` }]);
  const bytes = await readBytes(file);
  if (ext !== ".docx") return decodeUtf8(file, bytes);
  try {
    return (await readDocxText(bytes)).normalize("NFC");
  } catch (e) {
    throw new FileInvalid(file, [
      { line: null, column: null, message: `tệp .docx hỏng hoặc không đọc được (${e instanceof Error ? e.message : String(e)})` },
    ]);
  }
};

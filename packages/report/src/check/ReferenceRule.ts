/**
 * Rules "document-reference-incomplete" and "document-reference-malformed": a text that reads as a
 * reference ("<loại văn bản> số …") must carry number, symbol and date, and its symbol must suit its
 * type (Nghị định 30/2020). Generic mentions without "số" ("ban hành Kế hoạch và Thông báo tuyển
 * dụng …") are not references and are never flagged. Normative documents whose number carries the
 * year ("Nghị định số 60/2021/NĐ-CP") are customarily cited without a date, so that is accepted.
 * A header "Số: /BC-VPUBND" with the number left blank is a draft: an info finding.
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import * as Finding from "./Finding.js";
import * as ParagraphReferences from "./ParagraphReferences.js";
import type * as Prose from "./Prose.js";

type Problem = DocumentReference.ReferenceProblemCode;

const INCOMPLETE: Partial<Record<Problem, string>> = {
  "number-missing": "thiếu số văn bản",
  "symbol-missing": "thiếu ký hiệu văn bản",
  "date-missing": "thiếu ngày ban hành",
};
const MALFORMED: Partial<Record<Problem, string>> = {
  "symbol-malformed": "ký hiệu chỉ có tên loại văn bản, thiếu tên viết tắt của cơ quan ban hành",
  "symbol-type-mismatch": "ký hiệu không phù hợp với loại văn bản",
  "date-invalid": "ngày ban hành không có thật",
  "number-not-padded": "số văn bản nhỏ hơn 10 phải viết thêm số 0 phía trước",
};

const padNumber = (mention: DocumentReference.ReferenceMention): string | null => {
  const ref = mention.reference;
  if (ref === null) return null;
  return mention.text.replace(new RegExp(`(số\\s*:?\\s*)${ref.numberText}(?=\\s*/)`, "u"), `$1${String(ref.number).padStart(2, "0")}`);
};

const checkMention = (prose: Prose.Prose, p: Prose.Paragraph, m: DocumentReference.ReferenceMention): Array<Finding.Finding> => {
  const codes = new Set(m.problems.map((x) => x.code));
  const normativeWithYear = m.reference?.year !== null && m.reference?.year !== undefined;
  if (normativeWithYear) codes.delete("date-missing");
  const out: Array<Finding.Finding> = [];
  const missing = [...codes].flatMap((c) => (INCOMPLETE[c] ? [INCOMPLETE[c]] : []));
  if (missing.length > 0) {
    out.push(
      Finding.at(prose, p, m.index, m.length, {
        rule: "document-reference-incomplete",
        severity: "warning",
        confidence: "certain",
        message: `Trích dẫn văn bản chưa đầy đủ: ${missing.join(", ")} (cần số, ký hiệu, ngày ban hành và cơ quan ban hành).`,
        suggestion: null,
      }),
    );
  }
  for (const c of codes) {
    const why = MALFORMED[c];
    if (!why) continue;
    out.push(
      Finding.at(prose, p, m.index, m.length, {
        rule: "document-reference-malformed",
        severity: c === "number-not-padded" ? "info" : "warning",
        confidence: "certain",
        message: `Trích dẫn văn bản sai thể thức: ${why}.`,
        suggestion: c === "number-not-padded" ? padNumber(m) : null,
      }),
    );
  }
  return out;
};

const NUMBER_LINE = /^Số\s*:/u;

/** The reference findings of a text. */
export const check = (prose: Prose.Prose): ReadonlyArray<Finding.Finding> => {
  const out: Array<Finding.Finding> = [];
  for (const p of prose.paragraphs) {
    if (NUMBER_LINE.test(p.text)) {
      const line = DocumentReference.parseNumberLine(p.text);
      if (line !== null && line.number === null) {
        out.push(
          Finding.at(prose, p, 0, p.text.length, {
            rule: "document-reference-incomplete",
            severity: "info",
            confidence: "certain",
            message: "Số văn bản còn để trống (bản dự thảo): điền số khi phát hành.",
            suggestion: null,
          }),
        );
      }
      continue;
    }
    for (const m of ParagraphReferences.of(p)) out.push(...checkMention(prose, p, m));
  }
  return out;
};

/**
 * Reading a CSV file of dossier records in the browser before it is sent to `POST
 * /dossiers/batch` in batches: the header's columns are mapped to the record's field names (the
 * English names, any case, or their Vietnamese headings), blank lines are dropped, and every data
 * line keeps its number in the file, so that a refusal the API gives for a batch ("Dòng 3: …",
 * counted within the batch) is shown with the line number of the file. The API stays the judge of
 * each line; only the header is checked here (a file with a wrong header cannot be sent at all).
 */
import { LineIssue } from "@cchc/domain/dossiers/DossierBatch";
import { fields, messageVi } from "@cchc/domain/dossiers/DossierRecord";
import { Schema } from "effect";

type Field = (typeof fields)[number];

/** Vietnamese column headings a one-stop system's export may use, by field. */
const headingsVi: Readonly<Record<Field, ReadonlyArray<string>>> = {
  source: ["nguồn", "hệ thống"],
  dossierId: ["mã hồ sơ", "số hồ sơ"],
  procedureCode: ["mã thủ tục", "mã tthc"],
  procedureLevel: ["cấp thủ tục", "cấp"],
  unitCode: ["mã đơn vị", "đơn vị tiếp nhận"],
  channel: ["kênh", "kênh tiếp nhận", "hình thức"],
  receivedAt: ["ngày tiếp nhận", "thời điểm tiếp nhận"],
  appointmentDate: ["ngày hẹn trả"],
  extensionDate: ["ngày gia hạn"],
  resolvedAt: ["ngày giải quyết", "ngày trả kết quả"],
  outcome: ["kết quả"],
  dossierDigitised: ["số hóa hồ sơ"],
  resultDigitised: ["số hóa kết quả"],
  paidOnline: ["thanh toán trực tuyến"],
  updatedAt: ["ngày cập nhật", "cập nhật lúc"],
};

const normal = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
const byName = new Map<string, Field>(
  fields.flatMap((f) => [[normal(f), f] as const, ...headingsVi[f].map((h) => [normal(h), f] as const)]),
);

/** A data line of the file: its number (the header is line 1) and its text as read. */
export interface CsvLine {
  readonly line: number;
  readonly text: string;
}

/** A file ready to send: the header with the API's field names and the data lines. */
export interface CsvPlan {
  readonly header: string;
  readonly lines: ReadonlyArray<CsvLine>;
}

/** One refusal shown to the user: the line of the file and the Vietnamese message. */
export interface LineRefusal {
  readonly line: number;
  readonly message: string;
}

// a header cell: plain, or quoted ("Mã hồ sơ"); headings carry no commas
const cellsOf = (header: string): ReadonlyArray<string> => header.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));

/**
 * Reads a file's text: the header mapped to field names, or the refusal of line 1 (an unknown or
 * repeated column, a missing one) in the API's words.
 */
export const planImport = (text: string): { readonly plan: CsvPlan } | { readonly refusal: LineRefusal } => {
  const all = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const names: Field[] = [];
  for (const cell of cellsOf(all[0] ?? "")) {
    const field = byName.get(normal(cell));
    if (field === undefined || names.includes(field))
      return { refusal: { line: 1, message: `Dòng 1: ${messageVi({ field: "header", reason: "invalid", value: cell })}` } };
    names.push(field);
  }
  const absent = fields.find((f) => !names.includes(f));
  if (absent !== undefined)
    return { refusal: { line: 1, message: `Dòng 1: ${messageVi({ field: absent, reason: "missing", value: "" })}` } };
  const lines = all.flatMap((t, i) => (i === 0 || t.trim() === "" ? [] : [{ line: i + 1, text: t }]));
  return { plan: { header: names.join(","), lines } };
};

/** One batch to send: its CSV text (header first) and the file's line of each of its data lines. */
export interface Batch {
  readonly csv: string;
  readonly lines: ReadonlyArray<number>;
}

/** Cuts a plan into batches of at most `size` data lines. */
export const batchesOf = (plan: CsvPlan, size: number): ReadonlyArray<Batch> => {
  const out: Batch[] = [];
  for (let at = 0; at < plan.lines.length; at += Math.max(1, size)) {
    const part = plan.lines.slice(at, at + Math.max(1, size));
    out.push({ csv: [plan.header, ...part.map((l) => l.text)].join("\n"), lines: part.map((l) => l.line) });
  }
  return out;
};

/**
 * An issue of the API's refusal (`DOSSIER_BATCH_INVALID` details): the domain's `LineIssue` without
 * the value sent, its line counted within the batch (header = 1).
 */
const BatchIssue = LineIssue.omit("value");
export type BatchIssue = typeof BatchIssue.Type;

const isIssue = Schema.is(BatchIssue);

/** The API's issues of a batch, renumbered with the file's lines ("Dòng 3: …" of the batch → "Dòng 7: …"). */
export const refusalsOf = (batch: Batch, details: unknown): ReadonlyArray<LineRefusal> =>
  (Array.isArray(details) ? details.filter(isIssue) : []).map((issue) => {
    const line = issue.line === 1 ? 1 : (batch.lines[issue.line - 2] ?? issue.line);
    return { line, message: issue.message.replace(/^Dòng \d+:/, `Dòng ${line}:`) };
  });

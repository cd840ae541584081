/**
 * A batch of dossier records as sent at once (a CSV text or JSON lines): all of it is stored or
 * none. Checking a batch is pure, so the API can refuse a bad batch before touching storage and
 * name every bad line (number, field, reason in Vietnamese).
 */
import { Either, Schema } from "effect";
import { type ColumnIndex, type DossierRow, decodeLine, fromRecord, readHeader } from "./DossierCsv.js";
import { decode, messageVi } from "./DossierRecord.js";

/** Most lines one API batch may carry; the API answers 413 beyond it. */
export const maxBatchLines = 50_000;

/** Most bad lines a refusal lists (the total is still counted). */
export const maxListedIssues = 100;

/** One bad line: its number in the input (header = line 1 for CSV), the field, why. */
export const LineIssue = Schema.Struct({
  line: Schema.Number,
  field: Schema.String,
  reason: Schema.String,
  value: Schema.String,
  /** Vietnamese sentence for the user. */
  message: Schema.String,
});
export type LineIssue = typeof LineIssue.Type;

/** The batch has bad lines; nothing of it was stored. */
export class DossierBatchInvalid extends Schema.TaggedError<DossierBatchInvalid>()("DossierBatchInvalid", {
  issues: Schema.Array(LineIssue),
  /** Number of bad lines, listed or not. */
  total: Schema.Number,
}) {}

/** The batch has more lines than `limit`; nothing of it was stored. */
export class DossierBatchTooLarge extends Schema.TaggedError<DossierBatchTooLarge>()("DossierBatchTooLarge", {
  lines: Schema.Number,
  limit: Schema.Number,
}) {}

/** Valid rows of a batch with the input line each came from. */
export interface CheckedBatch {
  readonly rows: ReadonlyArray<DossierRow>;
  readonly lines: ReadonlyArray<number>;
}

/** Builds a line issue from a refusal. */
export const issue = (line: number, e: { readonly field: string; readonly reason: string; readonly value: string }): LineIssue => ({
  line,
  field: e.field,
  reason: e.reason,
  value: e.value,
  message: `Dòng ${line}: ${messageVi(e)}`,
});

/** Collects rows and issues line by line; the result is the batch or every issue found. */
export class BatchCollector {
  private readonly rows: DossierRow[] = [];
  private readonly lineNumbers: number[] = [];
  private readonly issues: LineIssue[] = [];
  private bad = 0;

  /** Adds one decoded line. */
  add(line: number, decoded: Either.Either<DossierRow, { readonly field: string; readonly reason: string; readonly value: string }>): void {
    if (Either.isRight(decoded)) {
      this.rows.push(decoded.right);
      this.lineNumbers.push(line);
    } else this.fail(issue(line, decoded.left));
  }

  /** Records an issue found outside a line's own checks. */
  fail(i: LineIssue): void {
    this.bad++;
    if (this.issues.length < maxListedIssues) this.issues.push(i);
  }

  /** The number of lines added so far, good or bad. */
  get size(): number {
    return this.rows.length + this.bad;
  }

  /** The batch, or the refusal listing its bad lines. */
  result(): Either.Either<CheckedBatch, DossierBatchInvalid> {
    return this.bad > 0
      ? Either.left(new DossierBatchInvalid({ issues: this.issues, total: this.bad }))
      : Either.right({ rows: this.rows, lines: this.lineNumbers });
  }
}

const splitLines = (text: string): string[] => text.split(/\r?\n/);

/**
 * Checks a CSV text (header first). Blank lines are skipped but keep their numbers. Refuses
 * batches over `limit` data lines before decoding them.
 */
export const checkCsv = (text: string, limit = maxBatchLines): Either.Either<CheckedBatch, DossierBatchInvalid | DossierBatchTooLarge> => {
  const lines = splitLines(text);
  const dataLines = lines.slice(1).filter((l) => l.trim() !== "").length;
  if (dataLines > limit) return Either.left(new DossierBatchTooLarge({ lines: dataLines, limit }));
  const head = readHeader(lines[0] ?? "");
  if (Either.isLeft(head)) return Either.left(new DossierBatchInvalid({ issues: [issue(1, head.left)], total: 1 }));
  return checkCsvLines(lines.slice(1), head.right, 2);
};

/** Checks data lines of a CSV file whose header is already read; `firstLine` numbers the first. */
export const checkCsvLines = (
  lines: ReadonlyArray<string>,
  index: ColumnIndex,
  firstLine: number,
): Either.Either<CheckedBatch, DossierBatchInvalid> => {
  const c = new BatchCollector();
  for (const [i, line] of lines.entries()) if (line.trim() !== "") c.add(firstLine + i, decodeLine(line, index));
  return c.result();
};

/** Checks JSON lines (one record object a line; line 1 is the first line). */
export const checkJsonLines = (
  text: string,
  limit = maxBatchLines,
): Either.Either<CheckedBatch, DossierBatchInvalid | DossierBatchTooLarge> => {
  const lines = splitLines(text);
  const count = lines.filter((l) => l.trim() !== "").length;
  if (count > limit) return Either.left(new DossierBatchTooLarge({ lines: count, limit }));
  const c = new BatchCollector();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      c.fail(issue(i + 1, { field: "line", reason: "invalid", value: line.slice(0, 60) }));
      continue;
    }
    c.add(i + 1, Either.map(decode(parsed), fromRecord));
  }
  return c.result();
};

/** Checks records already parsed from JSON (an array body); line = index + 1. */
export const checkRecords = (
  inputs: ReadonlyArray<unknown>,
  limit = maxBatchLines,
): Either.Either<CheckedBatch, DossierBatchInvalid | DossierBatchTooLarge> => {
  if (inputs.length > limit) return Either.left(new DossierBatchTooLarge({ lines: inputs.length, limit }));
  const c = new BatchCollector();
  for (const [i, input] of inputs.entries()) c.add(i + 1, Either.map(decode(input), fromRecord));
  return c.result();
};

/**
 * Checks value writes against the catalogue before they reach storage: the indicator exists, the
 * disaggregation uses its dimensions, the value suits its type. Problems become field issues
 * naming the exact place (`body.value`, `body.values[3].value`, `body.groups[1].values[3].value`),
 * answered 400 — nothing is stored. The writer may say the values are "imported" (loaded from a
 * file or an old report); otherwise they are "entered".
 */
import { IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import type { ValueWrite } from "@cchc/db/values/ValueRepo";
import type { Catalogue } from "@cchc/domain/indicators/Catalogue";
import { checkDisaggregation, checkValue, describeTypeProblem, type ValueSource } from "@cchc/domain/indicators/Value";
import { Effect, Either } from "effect";
import type { FieldIssue } from "../http/ApiError.js";
import { RequestInvalid } from "../http/RequestErrors.js";

/** A write as received, before checks. */
export interface RawWrite {
  readonly indicator: string;
  readonly disaggregation?: string | undefined;
  readonly value: number;
  readonly version?: number | undefined;
  readonly comment?: string | undefined;
  readonly asOf?: string | null | undefined;
}

const REASON_VI: Record<string, string> = {
  syntax: "phân tổ phải có dạng chiều=giá-trị;… (ví dụ channel=online)",
  "dimension-unknown": "chiều phân tổ không có",
  "option-unknown": "giá trị phân tổ không có",
  "dimension-repeated": "một chiều phân tổ xuất hiện hai lần",
  "dimension-not-allowed": "chỉ tiêu này không phân tổ theo chiều đó",
};

/** The sources a writer may name; "computed" and "consolidated" are written by the server only. */
export type WriterSource = Extract<ValueSource, "entered" | "imported">;

/** Checks one write; `at` is the field path prefix ("body" or "body.values[3]"). */
export const checkWrite = (
  catalogue: Catalogue,
  w: RawWrite,
  at: string,
  source: WriterSource = "entered",
): Either.Either<ValueWrite, ReadonlyArray<FieldIssue>> => {
  const def = catalogue.indicators.find((i) => i.code === w.indicator);
  if (!def)
    return Either.left([{ path: `${at}.indicator`, message: `không có chỉ tiêu "${w.indicator}" trong danh mục năm ${catalogue.year}` }]);
  const issues: FieldIssue[] = [];
  const dis = checkDisaggregation(def, w.disaggregation ?? "");
  if (Either.isLeft(dis)) issues.push({ path: `${at}.disaggregation`, message: REASON_VI[dis.left.reason] ?? dis.left.reason });
  const value = checkValue(def, w.value);
  if (Either.isLeft(value)) issues.push({ path: `${at}.value`, message: describeTypeProblem(value.left) });
  if (issues.length > 0 || Either.isLeft(dis) || Either.isLeft(value)) return Either.left(issues);
  return Either.right({
    indicator: def.code,
    disaggregation: dis.right,
    value: value.right,
    version: w.version,
    comment: w.comment === undefined ? undefined : w.comment.normalize("NFC"),
    ...(w.asOf === undefined ? {} : { asOf: w.asOf }),
    source,
  });
};

/** Checks a single write: an unknown indicator is 404, other problems 400. */
export const checkOne = (catalogue: Catalogue, w: RawWrite) =>
  Effect.gen(function* () {
    if (!catalogue.indicators.some((i) => i.code === w.indicator))
      return yield* Effect.fail(new IndicatorNotFound({ code: w.indicator, year: catalogue.year }));
    const checked = checkWrite(catalogue, w, "body");
    return Either.isRight(checked) ? checked.right : yield* Effect.fail(new RequestInvalid({ issues: checked.left }));
  });

/**
 * Checks the values of one (unit, period) under `at` ("body" → `body.values[i]`): every problem of
 * every item is reported; the same key twice is refused.
 */
export const checkItems = (
  catalogue: Catalogue,
  writes: ReadonlyArray<RawWrite>,
  at: string,
  source: WriterSource = "entered",
): { readonly issues: ReadonlyArray<FieldIssue>; readonly writes: ReadonlyArray<ValueWrite> } => {
  const issues: FieldIssue[] = [];
  const out: ValueWrite[] = [];
  const seen = new Map<string, number>();
  for (const [i, w] of writes.entries()) {
    const checked = checkWrite(catalogue, w, `${at}.values[${i}]`, source);
    if (Either.isLeft(checked)) {
      issues.push(...checked.left);
      continue;
    }
    const key = `${checked.right.indicator}|${checked.right.disaggregation}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({ path: `${at}.values[${i}]`, message: `trùng với ${at}.values[${first}] (cùng chỉ tiêu và phân tổ)` });
    seen.set(key, i);
    out.push(checked.right);
  }
  return { issues, writes: out };
};

/** Checks a bulk entry's values; a problem is a 400 naming `body.values[i]…`. */
export const checkBatch = (catalogue: Catalogue, writes: ReadonlyArray<RawWrite>, source: WriterSource = "entered") =>
  Effect.gen(function* () {
    const checked = checkItems(catalogue, writes, "body", source);
    return checked.issues.length > 0 ? yield* Effect.fail(new RequestInvalid({ issues: checked.issues })) : checked.writes;
  });

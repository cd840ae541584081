/**
 * Completeness of a report (DHIS2's "missing values require a comment"): every indicator the
 * catalogue makes compulsory for the unit's kind has a value — of any of its parts — or a stated
 * reason why there is none. What is missing blocks the submission and is shown as an error finding
 * that points at the indicator.
 */
import { Schema } from "effect";
import type { UnitKind } from "../OrgUnit.js";
import type { Finding } from "../validation/Finding.js";
import type { IndicatorDefinition } from "./Indicator.js";
import { changeFields } from "./Value.js";

/** The rule code of the completeness findings. */
export const COMPLETENESS_RULE = "completeness.compulsory";

/** A compulsory indicator with neither a value nor a reason. */
export interface MissingIndicator {
  readonly indicator: string;
  readonly nameVi: string;
}

export const MissingIndicatorSchema = Schema.Struct({
  indicator: Schema.String,
  nameVi: Schema.String,
}).annotations({ identifier: "MissingIndicator", description: "Chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do" });

/** What `PUT …/missing-reasons/{indicator}` sends: the reason (null withdraws it) and the version read. */
export const MissingReasonChange = Schema.Struct({
  reason: Schema.NullOr(
    Schema.Trim.pipe(
      Schema.minLength(1, { message: () => "Cần nêu lý do không có số liệu" }),
      Schema.maxLength(2000, { message: () => "Lý do dài quá 2000 ký tự" }),
    ).annotations({ description: "Lý do không có số liệu; null = bỏ lý do đã nêu" }),
  ),
  version: Schema.optionalWith(Schema.Int.pipe(Schema.nonNegative()), { default: () => 0 }).annotations({
    description: "Phiên bản đã đọc (0 khi nêu lần đầu)",
  }),
}).annotations({ identifier: "MissingReasonChange" });
export type MissingReasonChange = typeof MissingReasonChange.Type;

/** A stated reason why an indicator has no value, with its version and last change. */
export const StoredMissingReason = Schema.Struct({ indicator: Schema.String, reason: Schema.String, ...changeFields }).annotations({
  identifier: "StoredMissingReason",
});
export type StoredMissingReason = typeof StoredMissingReason.Type;

/** The change was based on a stale copy (or withdraws a reason that is not there): nothing changed. */
export class MissingReasonConflict extends Schema.TaggedError<MissingReasonConflict>()("MissingReasonConflict", {
  unit: Schema.String,
  period: Schema.String,
  indicator: Schema.String,
  expectedVersion: Schema.Number,
  current: Schema.NullOr(StoredMissingReason.pick("reason", "version", "updatedBy")),
}) {}

/** Whether an indicator is compulsory for a kind of unit. */
export const isCompulsory = (def: Pick<IndicatorDefinition, "compulsoryFor">, kind: UnitKind): boolean =>
  (def.compulsoryFor ?? []).includes(kind);

/** What completeness looks at. */
export interface CompletenessInput {
  readonly indicators: ReadonlyArray<Pick<IndicatorDefinition, "code" | "nameVi" | "compulsoryFor">>;
  readonly kind: UnitKind;
  readonly values: ReadonlyArray<{ readonly indicator: string }>;
  readonly reasons: ReadonlyArray<{ readonly indicator: string; readonly reason: string }>;
}

/** The compulsory indicators, in catalogue order, that have neither a value nor a non-blank reason. */
export const missing = (input: CompletenessInput): ReadonlyArray<MissingIndicator> => {
  const valued = new Set(input.values.map((v) => v.indicator));
  const explained = new Set(input.reasons.filter((r) => r.reason.trim() !== "").map((r) => r.indicator));
  return input.indicators
    .filter((i) => isCompulsory(i, input.kind) && !valued.has(i.code) && !explained.has(i.code))
    .map((i) => ({ indicator: i.code, nameVi: i.nameVi }));
};

/** One blocking finding per missing indicator, pointing at it. */
export const findings = (list: ReadonlyArray<MissingIndicator>, areaOf: (indicator: string) => Finding["area"]): ReadonlyArray<Finding> =>
  list.map((m) => ({
    rule: COMPLETENESS_RULE,
    kind: "completeness" as const,
    area: areaOf(m.indicator),
    importance: "error" as const,
    message: `Chỉ tiêu bắt buộc "${m.nameVi}" (${m.indicator}) chưa có số liệu: nhập số liệu hoặc nêu lý do không có số liệu.`,
    operator: null,
    left: null,
    right: null,
    values: [{ indicator: m.indicator, disaggregation: "", value: null }],
    subject: { type: "indicator" as const, ref: m.indicator, label: m.nameVi },
  }));

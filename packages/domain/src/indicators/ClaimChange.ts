/**
 * A correction of a stated rate (a claim): the report states "đạt tỷ lệ: 49,5%" and the counts give
 * 49,4%, so the editor corrects the stated figure (or withdraws it). A correction names the version
 * it read, like a value write; the stored claim's sentence follows the new figure.
 */
import { Schema } from "effect";
import { formatPercent } from "../VnRate.js";
import { IndicatorCode } from "./Indicator.js";
import type { RateClaim } from "./Rate.js";

/** What `PUT …/claims` sends: the rate, its part, the new stated figure (null withdraws it) and the version read. */
export const ClaimChange = Schema.Struct({
  rate: IndicatorCode,
  disaggregation: Schema.optionalWith(Schema.String, { default: () => "" }),
  stated: Schema.NullOr(
    Schema.Number.pipe(Schema.finite(), Schema.between(0, 1000)).annotations({
      description: "Tỷ lệ báo cáo nêu, tính bằng %, ví dụ 49.4; null = bỏ tỷ lệ này khỏi báo cáo",
    }),
  ),
  version: Schema.optionalWith(Schema.Int.pipe(Schema.nonNegative()), { default: () => 0 }).annotations({
    description: "Phiên bản đã đọc (0 khi thêm mới)",
  }),
  qualifier: Schema.optional(Schema.Literal("exact", "at-least")),
}).annotations({ identifier: "ClaimChange" });
export type ClaimChange = typeof ClaimChange.Type;

/** A stored claim with its version and last change. */
export interface VersionedClaim extends RateClaim {
  readonly version: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/**
 * The correction was based on a stale copy (or names a claim that is not there): nothing was
 * changed; `current` is what is stored now (null when there is no such claim).
 */
export class ClaimConflict extends Schema.TaggedError<ClaimConflict>()("ClaimConflict", {
  unit: Schema.String,
  period: Schema.String,
  rate: Schema.String,
  disaggregation: Schema.String,
  expectedVersion: Schema.Number,
  current: Schema.NullOr(Schema.Struct({ stated: Schema.Number, version: Schema.Number, updatedBy: Schema.NullOr(Schema.String) })),
}) {}

/** Decimals written in a figure: 49.4 → 1, 100 → 0 (at most 4). */
export const decimalsOf = (n: number): number => {
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
};

/**
 * The claim after a correction: the new figure with as many decimals as the old one stated (or as
 * the new one has), and its sentence with the old figure replaced by the new one, so that the
 * text the report quotes says what is now stated.
 */
export const corrected = (before: RateClaim | undefined, change: ClaimChange & { readonly stated: number }): RateClaim => {
  const decimals = Math.max(before?.decimals ?? 0, decimalsOf(change.stated));
  const qualifier = change.qualifier ?? before?.qualifier ?? "exact";
  const oldText = before ? formatPercent(before.stated, before.decimals) : null;
  const newText = formatPercent(change.stated, decimals);
  const text =
    before?.text === undefined ? undefined : oldText && before.text.includes(oldText) ? before.text.replace(oldText, newText) : before.text;
  return {
    rate: change.rate,
    disaggregation: change.disaggregation,
    stated: change.stated,
    decimals,
    qualifier,
    ...(text === undefined ? {} : { text }),
  };
};

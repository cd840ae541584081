/**
 * Disaggregations of a value: `""` for the total, otherwise `dimension=option` pairs joined by
 * `;` in dimension-name order ("channel=online", "level=province"). Totals are stored as their own
 * value, because reports state them and they can disagree with their parts.
 */
import { Either, Schema } from "effect";

/** A dimension with its options and their Vietnamese and English labels. */
export interface Dimension {
  readonly code: string;
  readonly nameVi: string;
  readonly options: ReadonlyArray<{ readonly code: string; readonly labelVi: string; readonly labelEn: string }>;
}

/** An option of a dimension as a row of the table below: its code, Vietnamese and English labels. */
type OptionRow = readonly [code: string, labelVi: string, labelEn: string];

/** A dimension from its code, its name and its options' rows. */
const dimension = (code: string, nameVi: string, options: ReadonlyArray<OptionRow>): Dimension => ({
  code,
  nameVi,
  options: options.map(([code, labelVi, labelEn]) => ({ code, labelVi, labelEn })),
});

/** The dimensions of the catalogue (fixed contract shared by every helper and client). */
export const dimensions: ReadonlyArray<Dimension> = [
  dimension("level", "Cấp giải quyết", [
    ["province", "cấp tỉnh", "province level"],
    ["district", "cấp huyện", "district level"],
    ["commune", "cấp xã", "commune level"],
  ]),
  dimension("channel", "Hình thức tiếp nhận", [
    ["online", "trực tuyến", "online"],
    ["offline", "trực tiếp và qua dịch vụ bưu chính", "in person and by post"],
  ]),
  dimension("timeliness", "Thời hạn giải quyết", [
    ["early", "trước hạn", "early"],
    ["on-time", "đúng hạn", "on time"],
    ["late", "quá hạn", "late"],
    // An aggregate that reports state when they do not tell early and on time apart; not a part beside them.
    ["early-or-on-time", "đúng hạn và trước hạn", "early or on time (aggregate)"],
  ]),
  dimension("pending", "Tình trạng hồ sơ đang giải quyết", [
    ["within", "trong hạn", "within time"],
    ["overdue", "quá hạn", "overdue"],
  ]),
  dimension("autonomy", "Loại kinh phí", [
    ["autonomous", "kinh phí thực hiện tự chủ", "autonomous budget"],
    ["non-autonomous", "kinh phí thực hiện không tự chủ", "non-autonomous budget"],
  ]),
  dimension("status", "Tình trạng nhiệm vụ", [
    ["done", "đã hoàn thành đúng hạn và trước hạn", "done on time or early"],
    ["not-due", "chưa tới hạn", "not yet due"],
    ["late", "trễ hạn", "late"],
  ]),
];

/** A disaggregation text that is not `dim=option;…` over known dimensions and options. */
export class DisaggregationInvalid extends Schema.TaggedError<DisaggregationInvalid>()("DisaggregationInvalid", {
  text: Schema.String,
  reason: Schema.Literal("syntax", "dimension-unknown", "option-unknown", "dimension-repeated", "dimension-not-allowed"),
}) {}

/** The parsed pairs of a disaggregation, ordered by dimension name. */
export type Pairs = ReadonlyArray<readonly [dimension: string, option: string]>;

const PAIR = /^([a-z][a-z-]*)=([a-z][a-z-]*)$/;

/**
 * Parses and canonicalises a disaggregation, optionally restricted to the dimensions an indicator
 * has: " channel = online " → "channel=online"; "" → "" (the total).
 */
export const parse = (text: string, allowed?: ReadonlyArray<string>): Either.Either<Pairs, DisaggregationInvalid> => {
  const t = text.normalize("NFC").trim();
  if (t === "") return Either.right([]);
  const pairs: Array<readonly [string, string]> = [];
  for (const part of t.split(";")) {
    const m = PAIR.exec(part.replace(/\s+/g, ""));
    if (!m) return Either.left(new DisaggregationInvalid({ text, reason: "syntax" }));
    const [, dim = "", opt = ""] = m;
    const d = dimensions.find((x) => x.code === dim);
    if (!d) return Either.left(new DisaggregationInvalid({ text, reason: "dimension-unknown" }));
    if (!d.options.some((o) => o.code === opt)) return Either.left(new DisaggregationInvalid({ text, reason: "option-unknown" }));
    if (pairs.some(([x]) => x === dim)) return Either.left(new DisaggregationInvalid({ text, reason: "dimension-repeated" }));
    if (allowed && !allowed.includes(dim)) return Either.left(new DisaggregationInvalid({ text, reason: "dimension-not-allowed" }));
    pairs.push([dim, opt]);
  }
  return Either.right(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/** The canonical text of parsed pairs. */
export const format = (pairs: Pairs): string => pairs.map(([d, o]) => `${d}=${o}`).join(";");

/** Canonical form of a disaggregation text, or the parse failure. */
export const canonical = (text: string, allowed?: ReadonlyArray<string>): Either.Either<string, DisaggregationInvalid> =>
  Either.map(parse(text, allowed), format);

/** Vietnamese label of a disaggregation ("trực tuyến"; "" → "tổng số"). */
export const labelVi = (text: string): string => {
  const parsed = parse(text);
  if (Either.isLeft(parsed)) return text;
  if (parsed.right.length === 0) return "tổng số";
  return parsed.right
    .map(([d, o]) => dimensions.find((x) => x.code === d)?.options.find((x) => x.code === o)?.labelVi ?? `${d}=${o}`)
    .join(", ");
};

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

/** The dimensions of the catalogue (fixed contract shared by every helper and client). */
export const dimensions: ReadonlyArray<Dimension> = [
  {
    code: "level",
    nameVi: "Cấp giải quyết",
    options: [
      { code: "province", labelVi: "cấp tỉnh", labelEn: "province level" },
      { code: "district", labelVi: "cấp huyện", labelEn: "district level" },
      { code: "commune", labelVi: "cấp xã", labelEn: "commune level" },
    ],
  },
  {
    code: "channel",
    nameVi: "Hình thức tiếp nhận",
    options: [
      { code: "online", labelVi: "trực tuyến", labelEn: "online" },
      { code: "offline", labelVi: "trực tiếp và qua dịch vụ bưu chính", labelEn: "in person and by post" },
    ],
  },
  {
    code: "timeliness",
    nameVi: "Thời hạn giải quyết",
    options: [
      { code: "early", labelVi: "trước hạn", labelEn: "early" },
      { code: "on-time", labelVi: "đúng hạn", labelEn: "on time" },
      { code: "late", labelVi: "quá hạn", labelEn: "late" },
      // An aggregate that reports state when they do not tell early and on time apart; not a part beside them.
      { code: "early-or-on-time", labelVi: "đúng hạn và trước hạn", labelEn: "early or on time (aggregate)" },
    ],
  },
  {
    code: "pending",
    nameVi: "Tình trạng hồ sơ đang giải quyết",
    options: [
      { code: "within", labelVi: "trong hạn", labelEn: "within time" },
      { code: "overdue", labelVi: "quá hạn", labelEn: "overdue" },
    ],
  },
  {
    code: "autonomy",
    nameVi: "Loại kinh phí",
    options: [
      { code: "autonomous", labelVi: "kinh phí thực hiện tự chủ", labelEn: "autonomous budget" },
      { code: "non-autonomous", labelVi: "kinh phí thực hiện không tự chủ", labelEn: "non-autonomous budget" },
    ],
  },
  {
    code: "status",
    nameVi: "Tình trạng nhiệm vụ",
    options: [
      { code: "done", labelVi: "đã hoàn thành đúng hạn và trước hạn", labelEn: "done on time or early" },
      { code: "not-due", labelVi: "chưa tới hạn", labelEn: "not yet due" },
      { code: "late", labelVi: "trễ hạn", labelEn: "late" },
    ],
  },
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

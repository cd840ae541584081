/**
 * Looking up and formatting figures. Values are keyed by unit, indicator and disaggregation; a
 * value that is not there is missing, shown as "[chưa có số liệu]" and never taken as 0.
 * Formatting follows the catalogue's unit: money as "19.961.000.000 đồng", counts as "1.788".
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import { formatMoney } from "@cchc/domain/VnMoney";
import { formatInteger } from "@cchc/domain/VnNumber";
import type { CatalogueEntry, ReportValue } from "./ReportInput.js";

/** The text shown for a figure that has no value. */
export const MISSING = "[chưa có số liệu]";

/** The unit of measure of money in the catalogue. */
export const MONEY_UNIT = "đồng";

/** Values indexed by unit, indicator and disaggregation. */
export type ValueIndex = ReadonlyMap<string, number>;

const key = (unit: string, indicator: string, disaggregation: string): string => `${unit}\u0000${indicator}\u0000${disaggregation}`;

/** Indexes values; a later duplicate wins (the gatherer sends one value per key). */
export const indexValues = (values: ReadonlyArray<ReportValue>): ValueIndex => {
  const m = new Map<string, number>();
  for (const v of values) m.set(key(v.unit, v.indicator, v.disaggregation), v.value);
  return m;
};

/** The value of an indicator for a unit, or undefined when it was not reported. */
export const lookup = (index: ValueIndex, unit: string, indicator: string, disaggregation: string): number | undefined =>
  index.get(key(unit, indicator, disaggregation));

/** The as-of day of each value that has one, keyed like the value index. */
export type AsOfIndex = ReadonlyMap<string, LocalDate>;

/** Indexes the as-of days of the values that carry one. */
export const indexAsOf = (values: ReadonlyArray<ReportValue>): AsOfIndex => {
  const m = new Map<string, LocalDate>();
  for (const v of values) if (v.asOf !== undefined) m.set(key(v.unit, v.indicator, v.disaggregation), v.asOf);
  return m;
};

/** The as-of day of a value, or undefined when it stands at the report's day. */
export const lookupAsOf = (index: AsOfIndex, unit: string, indicator: string, disaggregation: string): LocalDate | undefined =>
  index.get(key(unit, indicator, disaggregation));

/**
 * Formatting options of a figure: "02" pads numbers below 10 ("07"), "bare" drops "đồng",
 * "none" answers 0 with "Không có" (a sub-heading's answer), "disbursement" writes a
 * disbursement rate as the seed does: "Giải ngân vốn đạt 100%" when complete, else "Đang thực hiện".
 */
export type FigureFormat = "02" | "bare" | "none" | "disbursement" | undefined;

/** The answer of a count that is 0. */
export const NONE = "Không có";

/** Formats a value by its catalogue unit. */
export const formatValue = (entry: CatalogueEntry | undefined, value: number, format?: FigureFormat): string => {
  if (format === "none") return value === 0 ? NONE : `${formatInteger(value)} ${entry?.unit ?? ""}`.trim();
  if (entry?.unit === MONEY_UNIT) return formatMoney(value, { unit: format !== "bare" });
  const text = formatInteger(value);
  return format === "02" && value >= 0 && value < 10 && Number.isInteger(value) ? text.padStart(2, "0") : text;
};

/**
 * The fields of the value form of an area: each indicator's total, then one field per option of
 * each of its dimensions, with the stored value and version next to what the user typed.
 */
import type { IndicatorView, StoredValue } from "../api/ApiClient.js";

/** Options of each dimension (the fixed contract of disaggregations). */
export const dimensionOptions: Readonly<Record<string, ReadonlyArray<string>>> = {
  level: ["province", "district", "commune"],
  channel: ["online", "offline"],
  timeliness: ["early", "on-time", "late"],
  pending: ["within", "overdue"],
  autonomy: ["autonomous", "non-autonomous"],
  status: ["done", "not-due", "late"],
};

/** Vietnamese names of the options, for the form. */
export const optionLabel: Readonly<Record<string, string>> = {
  "level=province": "cấp tỉnh",
  "level=district": "cấp huyện",
  "level=commune": "cấp xã",
  "channel=online": "trực tuyến",
  "channel=offline": "trực tiếp, bưu chính",
  "timeliness=early": "trước hạn",
  "timeliness=on-time": "đúng hạn",
  "timeliness=late": "quá hạn",
  "pending=within": "trong hạn",
  "pending=overdue": "quá hạn",
  "autonomy=autonomous": "tự chủ",
  "autonomy=non-autonomous": "không tự chủ",
  "status=done": "đã hoàn thành",
  "status=not-due": "chưa đến hạn",
  "status=late": "trễ hạn",
};

/** One field of the form. */
export interface ValueField {
  readonly key: string;
  readonly indicator: IndicatorView;
  readonly disaggregation: string;
  readonly stored: StoredValue | undefined;
}

/** The key of a value: "code" or "code[dim=opt]". */
export const fieldKey = (indicator: string, disaggregation: string): string =>
  disaggregation ? `${indicator}[${disaggregation}]` : indicator;

/** The fields of the indicators of one area, totals first. */
export const fieldsOf = (
  indicators: ReadonlyArray<IndicatorView>,
  area: string,
  values: ReadonlyArray<StoredValue>,
): ReadonlyArray<ValueField> => {
  const stored = new Map(values.map((v) => [fieldKey(v.indicator, v.disaggregation), v]));
  return indicators
    .filter((i) => i.area === area)
    .flatMap((indicator) => {
      const parts = indicator.disaggregations ?? [
        "",
        ...indicator.dimensions.flatMap((d) => (dimensionOptions[d] ?? []).map((o) => `${d}=${o}`)),
      ];
      return parts.map((disaggregation) => {
        const key = fieldKey(indicator.code, disaggregation);
        return { key, indicator, disaggregation, stored: stored.get(key) };
      });
    });
};

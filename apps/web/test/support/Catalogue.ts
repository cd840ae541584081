/**
 * A small catalogue for component tests: dossiers received (with the channel dimension), feedback
 * received/resolved, their rate, and the rule that the total equals its parts.
 */
import { IndicatorCode, type IndicatorDefinition, type RateDefinition } from "@cchc/domain/indicators/Indicator";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { Rule } from "@cchc/domain/validation/Rule";
import type { RuleContext } from "../../src/entry/EntryModel";

const indicator = (
  code: string,
  nameVi: string,
  dimensions: ReadonlyArray<string>,
  valueType: IndicatorDefinition["valueType"] = "count",
): IndicatorDefinition => ({
  code: IndicatorCode.make(code),
  area: "procedure",
  nameVi,
  nameEn: nameVi,
  unitVi: "hồ sơ",
  unitEn: "dossiers",
  valueType,
  timeAggregation: "sum",
  treeAggregation: "sum",
  dimensions,
  legalBasis: null,
  compulsoryFor: [],
});

/** Indicators of the test catalogue. */
export const indicators: ReadonlyArray<IndicatorDefinition> = [
  indicator("tthc.hoso.tiepnhanmoi", "Số hồ sơ tiếp nhận mới trong kỳ", ["channel"]),
  indicator("tthc.pakn.tiepnhan", "Số phản ánh, kiến nghị tiếp nhận", []),
  indicator("tthc.pakn.dagiaiquyet", "Số phản ánh, kiến nghị đã giải quyết", []),
];

/** Rates of the test catalogue. */
export const rates: ReadonlyArray<RateDefinition> = [
  {
    code: IndicatorCode.make("tthc.pakn.tyle"),
    disaggregation: "",
    area: "procedure",
    nameVi: "Tỷ lệ phản ánh, kiến nghị đã giải quyết",
    nameEn: "Feedback resolved",
    numerator: "#{tthc.pakn.dagiaiquyet}",
    denominator: "#{tthc.pakn.tiepnhan}",
    factor: 100,
    decimals: 1,
    legalBasis: null,
  },
];

/** The rule: new dossiers = online + offline. */
export const rules: ReadonlyArray<Rule> = [
  {
    kind: "comparison",
    code: "tthc.hoso.tiepnhanmoi.kenh",
    area: "procedure",
    nameVi: "Tổng tiếp nhận mới bằng tổng theo hình thức",
    importance: "error",
    messageVi: "Hồ sơ tiếp nhận mới ({left}) khác tổng trực tuyến và trực tiếp ({right}), lệch {diff}.",
    left: "#{tthc.hoso.tiepnhanmoi}",
    operator: "==",
    right: "#{tthc.hoso.tiepnhanmoi[channel=online]} + #{tthc.hoso.tiepnhanmoi[channel=offline]}",
    missing: "skip-if-any-missing",
  },
];

/** The rule context for 2022-H1. */
export const context: RuleContext = {
  rules,
  rates,
  indicators,
  window: { start: "2021-12-15" as LocalDate, end: "2022-06-14" as LocalDate, label: "6 tháng đầu năm 2022" },
};

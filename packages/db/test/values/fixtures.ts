/** Named fixtures of the value tests. */
import { IndicatorCode } from "@cchc/domain/indicators/Indicator";

/** The Office's stated share of its allotted budget spent (autonomous units): 49,5 % to one decimal; each test adds its text. */
export const spendingClaim = {
  rate: IndicatorCode.make("taichinh.kinhphi.tyle"),
  disaggregation: "autonomy=autonomous",
  stated: 49.5,
  decimals: 1,
  qualifier: "exact" as const,
};

/**
 * `GET /periods/{code}`: the date window of a reporting period under a regime.
 */
import { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { Schema } from "effect";
import { periods } from "../EndpointGroups.js";

/** A resolved reporting period. */
export const PeriodWindowBody = Schema.Struct({
  code: Schema.String,
  regime: Period.Regime,
  start: LocalDate,
  end: LocalDate,
  label: Schema.String.annotations({ description: 'Nhãn tiếng Việt, ví dụ "6 tháng đầu năm 2022"' }),
  labelEn: Schema.String,
}).annotations({ identifier: "PeriodWindow" });

export const getPeriod = periods.get("getPeriod", "/periods/:code", {
  summary: "Khung thời gian của một kỳ báo cáo",
  description:
    "Mã kỳ: 2022-M06, 2022-Q1…Q4, 2022-H1, 2022-H2, 2022-9M, 2022-Y. Chế độ mặc định nd09 (Nghị định 09/2019: từ ngày 15 đến ngày 14).",
  params: Schema.Struct({ code: Schema.String.annotations({ description: "Mã kỳ báo cáo, ví dụ 2022-H1" }) }),
  query: Schema.Struct({ regime: Schema.optional(Period.Regime) }),
  response: PeriodWindowBody,
  errors: ["PeriodCodeInvalid", "PeriodNotInRegime"],
  public: true,
});

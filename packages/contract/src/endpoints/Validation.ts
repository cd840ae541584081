/**
 * `GET /units/{unit}/periods/{period}/validation`: every finding of the applicable rules over a
 * unit's period — rule, importance, the filled Vietnamese message, both sides and the values.
 */
import { Finding } from "@cchc/domain/validation/Finding";
import { Schema } from "effect";
import { values } from "../EndpointGroups.js";
import { unitPeriodErrors } from "../schemas/Values.js";

const UnitPeriod = Schema.Struct({
  unit: Schema.String.annotations({ description: "Mã đơn vị, ví dụ DT.VPUBND" }),
  period: Schema.String.annotations({ description: "Mã kỳ báo cáo, ví dụ 2022-H1" }),
});

const ValidationReport = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  start: Schema.String,
  end: Schema.String,
  catalogueYear: Schema.Number,
  errors: Schema.Number,
  warnings: Schema.Number,
  findings: Schema.Array(Finding),
}).annotations({ identifier: "ValidationReport" });

export const validateUnitPeriod = values.get("validateUnitPeriod", "/units/:unit/periods/:period/validation", {
  summary: "Kiểm tra số liệu của đơn vị trong kỳ",
  description:
    "Chạy mọi quy tắc của danh mục áp dụng cho năm của kỳ: tổng bằng các phần, tỷ lệ báo cáo nêu khớp tỷ lệ tính từ số liệu, sự kiện trong kỳ nằm trong khung thời gian của kỳ.",
  params: UnitPeriod,
  response: ValidationReport,
  errors: unitPeriodErrors,
});

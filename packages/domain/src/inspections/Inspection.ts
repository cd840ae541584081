/**
 * Reform inspections (kiểm tra CCHC): the plan they follow, the team and its lead, the day held,
 * the units inspected, the findings and the remediation with its status. The day is kept as the
 * report wrote it — a wrong year ("28/4/2024" in a report of 2022) is a defect validation reports,
 * not something storage silently fixes.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";
import { PeriodCode } from "../Period.js";

/** How far the remediation of an inspection's findings has come. */
export const RemediationStatus = Schema.Literal("not-started", "in-progress", "done").annotations({
  identifier: "RemediationStatus",
  description: "Khắc phục: not-started (chưa), in-progress (đang khắc phục), done (đã khắc phục)",
});
export type RemediationStatus = typeof RemediationStatus.Type;

/** One inspection. */
export const Inspection = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String.annotations({ description: "Đơn vị tổ chức kiểm tra" }),
  period: PeriodCode,
  area: AreaCode,
  planDocumentId: Schema.NullOr(Schema.Number),
  noticeDocumentId: Schema.NullOr(Schema.Number),
  team: Schema.String,
  leadName: Schema.String,
  leadTitle: Schema.String,
  heldOn: LocalDate,
  dateText: Schema.String.annotations({ description: "Ngày như báo cáo ghi" }),
  unitsInspected: Schema.Array(Schema.String),
  findings: Schema.String,
  remediation: Schema.String,
  remediationStatus: RemediationStatus,
}).annotations({ identifier: "Inspection" });
export type Inspection = typeof Inspection.Type;

/**
 * Reform activities with counts, per area: training courses (and how many people), recruitment,
 * promotions, job rotation, communication items, models and initiatives, IT infrastructure facts.
 * A count here explains an indicator (13 people trained = 3 + 1 + 3 + 5 + 1 over five courses).
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";
import { PeriodCode } from "../Period.js";
import { DateRole } from "../validation/DatedEvent.js";

/** The kind of activity. */
export const ActivityKind = Schema.Literal(
  "training",
  "recruitment",
  "promotion",
  "rotation",
  "communication",
  "model",
  "it-infrastructure",
  "review",
  "other",
).annotations({
  identifier: "ActivityKind",
  description:
    "Loại hoạt động: training (đào tạo, bồi dưỡng), recruitment (tuyển dụng), promotion (nâng ngạch, thăng hạng), rotation (chuyển đổi vị trí), communication (tuyên truyền), model (mô hình, sáng kiến), it-infrastructure (hạ tầng CNTT), review (rà soát), other",
});
export type ActivityKind = typeof ActivityKind.Type;

/** One activity of a unit in a period. */
export const Activity = Schema.Struct({
  id: Schema.Number,
  unit: Schema.String,
  period: PeriodCode,
  area: AreaCode,
  kind: ActivityKind,
  title: Schema.String,
  count: Schema.NullOr(Schema.Int).annotations({ description: "Số lượng (người, khóa, xã…), null nếu báo cáo không nêu" }),
  countUnit: Schema.NullOr(Schema.String),
  heldOn: Schema.NullOr(LocalDate),
  dateRole: DateRole,
  documentId: Schema.NullOr(Schema.Number),
  note: Schema.NullOr(Schema.String),
}).annotations({ identifier: "Activity" });
export type Activity = typeof Activity.Type;

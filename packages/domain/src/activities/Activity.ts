/**
 * Reform activities with counts, per area: training courses (and how many people), recruitment,
 * promotions, job rotation, communication items, models and initiatives, IT infrastructure facts.
 * A count here explains an indicator (13 people trained = 3 + 1 + 3 + 5 + 1 over five courses).
 * Clients record one with `ActivityInput` and correct it with `ActivityPatch` (only the fields sent
 * change); the version guards against overwriting a newer copy.
 */
import { Schema } from "effect";
import { AreaCode } from "../Area.js";
import { LocalDate } from "../LocalDate.js";
import { PeriodCode } from "../Period.js";
import { patchFields, placeFields } from "../RecordInput.js";
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
  message: () => ({
    message:
      "Loại hoạt động phải là một trong: training, recruitment, promotion, rotation, communication, model, it-infrastructure, review, other",
    override: true,
  }),
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
  version: Schema.Number.annotations({ description: "Phiên bản; gửi lại khi sửa hoặc xóa" }),
}).annotations({ identifier: "Activity" });
export type Activity = typeof Activity.Type;

const NullableText = Schema.NullOr(Schema.Trim);

// What a client writes, each field validated with a Vietnamese message.
const inputFields = {
  ...placeFields("Đơn vị thực hiện, ví dụ DT.VPUBND"),
  kind: ActivityKind,
  title: Schema.Trim.pipe(Schema.nonEmptyString({ message: () => "Tên hoạt động không được để trống" })),
  count: Schema.NullOr(Schema.Int.pipe(Schema.nonNegative())).annotations({
    description: "Số lượng (người, khóa, xã…), null nếu không nêu",
    message: () => ({ message: "Số lượng phải là số nguyên không âm (hoặc null nếu không nêu)", override: true }),
  }),
  countUnit: NullableText.annotations({ description: "Đơn vị tính của số lượng: người, lớp, xã…" }),
  heldOn: Schema.NullOr(LocalDate).annotations({
    message: () => ({ message: "Ngày phải có dạng YYYY-MM-DD và có thật (hoặc null)", override: true }),
  }),
  dateRole: DateRole.annotations({ message: () => ({ message: "Vai trò của ngày phải là event, deadline hoặc plan", override: true }) }),
  documentId: Schema.NullOr(Schema.Int.pipe(Schema.positive())).annotations({
    description: "Văn bản liên quan (mã văn bản trong sổ)",
    message: () => ({ message: "Mã văn bản phải là số nguyên dương (hoặc null)", override: true }),
  }),
  note: NullableText,
};

/** What a client sends to record an activity; what it leaves out is empty (no count, no date, no document). */
export const ActivityInput = Schema.Struct({
  ...inputFields,
  count: Schema.optionalWith(inputFields.count, { default: () => null, exact: true }),
  countUnit: Schema.optionalWith(inputFields.countUnit, { default: () => null, exact: true }),
  heldOn: Schema.optionalWith(inputFields.heldOn, { default: () => null, exact: true }),
  dateRole: Schema.optionalWith(inputFields.dateRole, { default: () => "event" as const, exact: true }),
  documentId: Schema.optionalWith(inputFields.documentId, { default: () => null, exact: true }),
  note: Schema.optionalWith(inputFields.note, { default: () => null, exact: true }),
}).annotations({ identifier: "ActivityInput", title: "Hoạt động" });
export type ActivityInput = typeof ActivityInput.Type;

/** A correction of an activity: only the fields sent change. */
export const ActivityPatch = Schema.Struct(patchFields(inputFields)).annotations({ identifier: "ActivityPatch", title: "Sửa hoạt động" });
export type ActivityPatch = typeof ActivityPatch.Type;

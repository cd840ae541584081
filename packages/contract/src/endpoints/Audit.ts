/**
 * `GET /audit`: the audit trail for administrators and approvers, limited to the subtrees they
 * hold that role on (a unit given in `unit` must be one of them; its whole subtree is listed).
 */
import { Schema } from "effect";
import { textAt } from "../Endpoint.js";
import { auditTrail } from "../EndpointGroups.js";

const Instant = Schema.String.pipe(
  Schema.filter((s) => !Number.isNaN(Date.parse(s)), {
    message: () => "cần ngày hoặc thời điểm ISO 8601, ví dụ 2022-06-14 hoặc 2022-06-14T08:00:00Z",
  }),
);

const AuditRecordView = Schema.Struct({
  id: Schema.Number,
  at: Schema.String,
  actor: Schema.Struct({ kind: Schema.String, id: Schema.NullOr(Schema.String), name: Schema.NullOr(Schema.String) }),
  action: Schema.String,
  entity: Schema.String,
  entityId: Schema.NullOr(Schema.String),
  unit: Schema.NullOr(Schema.String),
  before: Schema.Unknown,
  after: Schema.Unknown,
}).annotations({ identifier: "AuditRecord" });

export const listAudit = auditTrail.get("listAudit", "/audit", {
  summary: "Nhật ký thay đổi dữ liệu (quản trị, phê duyệt)",
  description:
    "Ai, khi nào, thay đổi gì, giá trị trước và sau. Chỉ các đơn vị trong nhánh mà người xem có vai trò quản trị hoặc phê duyệt.",
  query: Schema.Struct({
    unit: Schema.optional(Schema.String).annotations({ description: "Đơn vị; gồm cả các đơn vị cấp dưới" }),
    entity: Schema.optional(Schema.String).annotations({ description: "Loại đối tượng: value, report, user, token, request…" }),
    entityId: Schema.optional(Schema.String),
    from: Schema.optional(Instant),
    to: Schema.optional(Instant),
    limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000))),
  }),
  response: Schema.Struct({ items: Schema.Array(AuditRecordView) }),
  errors: ["OrgUnitNotFound"],
  access: { action: "approve", unit: (i) => textAt(i.query, "unit") },
});

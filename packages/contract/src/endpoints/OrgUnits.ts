/**
 * Organisation units: the tree (filtered by kind and as-of date), one unit, and the chain of units
 * that took over from one (the 2025 reform). Unit names and structure are public organisational
 * information; every signed-in caller may read them, whatever subtree its roles cover (ADR 0006).
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import { OrgUnit, type OrgUnitNode, UnitKind } from "@cchc/domain/OrgUnit";
import { Schema } from "effect";
import { anySignedIn } from "../Endpoint.js";
import { orgUnits } from "../EndpointGroups.js";

/** A unit with its children, as sent. */
type OrgUnitNodeEncoded = Schema.Schema.Encoded<typeof OrgUnit> & { readonly children: ReadonlyArray<OrgUnitNodeEncoded> };

/** A unit with its children (recursive). */
export const OrgUnitNodeBody: Schema.Schema<OrgUnitNode, OrgUnitNodeEncoded> = Schema.Struct({
  ...OrgUnit.fields,
  children: Schema.Array(Schema.suspend((): Schema.Schema<OrgUnitNode, OrgUnitNodeEncoded> => OrgUnitNodeBody)),
}).annotations({ identifier: "OrgUnitNode" });

const UnitList = Schema.Struct({
  items: Schema.Array(OrgUnit),
  tree: Schema.Array(OrgUnitNodeBody),
}).annotations({ identifier: "OrgUnitList" });

const Successors = Schema.Struct({
  unit: OrgUnit,
  successors: Schema.Array(OrgUnit).annotations({ description: "Các đơn vị kế thừa lần lượt (rỗng khi không có)" }),
  current: Schema.NullOr(OrgUnit).annotations({
    description: "Đơn vị đang đảm nhận vào ngày asOf: đơn vị cuối chuỗi nếu còn hiệu lực; null nếu chuỗi kết thúc ở đơn vị đã giải thể",
  }),
  asOf: LocalDate.LocalDate,
}).annotations({ identifier: "OrgUnitSuccessors" });

export const listOrgUnits = orgUnits.get("listOrgUnits", "/org-units", {
  summary: "Danh sách và cây đơn vị",
  query: Schema.Struct({
    kind: Schema.optional(UnitKind),
    asOf: Schema.optional(LocalDate.LocalDate).annotations({ description: "Chỉ các đơn vị còn hiệu lực vào ngày này" }),
  }),
  response: UnitList,
  // Any signed-in caller: the tree is organisational information, not data of a unit.
  access: anySignedIn,
});

export const getOrgUnit = orgUnits.get("getOrgUnit", "/org-units/:code", {
  summary: "Một đơn vị",
  params: Schema.Struct({ code: Schema.String }),
  response: OrgUnit,
  errors: ["OrgUnitNotFound"],
  access: anySignedIn,
});

export const getOrgUnitSuccessors = orgUnits.get("getOrgUnitSuccessors", "/org-units/:code/successors", {
  summary: "Chuỗi đơn vị kế thừa của một đơn vị (sắp xếp đơn vị hành chính 2025)",
  description:
    "Theo liên kết đơn vị kế thừa từ đơn vị đã hết hiệu lực đến đơn vị đang đảm nhận. current là đơn vị cuối chuỗi nếu còn hiệu lực vào ngày asOf (mặc định: hôm nay).",
  params: Schema.Struct({ code: Schema.String }),
  query: Schema.Struct({
    asOf: Schema.optional(LocalDate.LocalDate).annotations({ description: "Ngày xét đơn vị đang đảm nhận (mặc định hôm nay)" }),
  }),
  response: Successors,
  errors: ["OrgUnitNotFound"],
  access: anySignedIn,
});

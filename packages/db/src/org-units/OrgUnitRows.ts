/**
 * The `org_unit` table's rows and the domain's `OrgUnit`, in one place: `fromRow` decodes a row
 * with the domain's Schema (unit codes, kind, validity dates), so a row the domain does not allow
 * is a defect naming the table; `toRow` gives the columns of a unit. Trees are read on every
 * request: the decoder is compiled once, here.
 */

import { OrgUnit } from "@cchc/domain/OrgUnit";
import { camelised, rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

const decode = rowDecoder("org_unit", OrgUnit);

/** The unit a row stores. */
export const fromRow = (r: RowOf<"org_unit">): OrgUnit => decode(camelised(r));

/** The columns a unit writes. */
export const toRow = (u: OrgUnit) => ({
  code: u.code,
  name: u.name,
  short_name: u.shortName,
  kind: u.kind,
  parent_code: u.parentCode,
  valid_from: u.validFrom,
  valid_to: u.validTo,
  successor_code: u.successorCode,
});
